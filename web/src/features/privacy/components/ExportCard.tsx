import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../org';
import { exportUrl } from '../paths';

/** "Xuất dữ liệu": choose a person of the agency and download their data as JSON or Excel. */
export function ExportCard() {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | undefined>();
  return (
    <Card title={t('privacy.export.title')}>
      <Typography.Paragraph type="secondary">{t('privacy.export.description')}</Typography.Paragraph>
      <Flex gap={8} wrap>
        <div className="privacy-person">
          <PersonSelect<string>
            value={personId}
            onChange={setPersonId}
            allowClear
            placeholder={t('privacy.export.person')}
            aria-label={t('privacy.export.person')}
          />
        </div>
        <Button icon={<DownloadOutlined aria-hidden />} disabled={!personId} href={personId ? exportUrl(personId, 'xlsx') : undefined}>
          {t('privacy.export.xlsx')}
        </Button>
        <Button icon={<DownloadOutlined aria-hidden />} disabled={!personId} href={personId ? exportUrl(personId, 'json') : undefined}>
          {t('privacy.export.json')}
        </Button>
      </Flex>
    </Card>
  );
}
