import '../org.css';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportReport } from '../../../shared/contracts';
import { PageHeader } from '../../../shared/ui';
import { ImportReportView } from '../components/ImportReportView';
import { ImportUploader } from '../components/ImportUploader';
import { importColumns, TEMPLATE_FILE_NAME, templateCsvUrl } from '../import-columns';
import { ORG_PATH } from '../paths';

/** Bulk import of staff: upload, check, then commit all rows or none. */
export function ImportPeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [report, setReport] = useState<ImportReport | null>(null);
  const rules = [t('orgImport.ruleCategory'), t('orgImport.ruleUnitCode'), t('orgImport.rulePartyMember'), t('orgImport.ruleBirthDate')];

  return (
    <>
      <PageHeader
        title={t('orgImport.title')}
        description={t('orgImport.intro')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(ORG_PATH)}>
            {t('org.title')}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card>
            <ImportUploader report={report} onReport={setReport} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('orgImport.rulesTitle')}>
            <Typography.Paragraph>{importColumns.map((column) => column.header).join(' · ')}</Typography.Paragraph>
            <ul className="import-rules">
              {rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
            <a href={templateCsvUrl()} download={TEMPLATE_FILE_NAME}>
              <DownloadOutlined /> {t('orgImport.template')}
            </a>
          </Card>
        </Col>
        {report && (
          <Col span={24}>
            <ImportReportView report={report} />
          </Col>
        )}
      </Row>
    </>
  );
}
