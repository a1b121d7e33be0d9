import { FileTextOutlined } from '@ant-design/icons';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/contracts/dissemination';

/** The documents of a campaign or meeting, each with the version people read. */
export function DocumentList({ documents }: { documents: Campaign['documents'] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={documents}
      renderItem={(document) => (
        <List.Item key={document.documentId}>
          <Typography.Text>
            <FileTextOutlined aria-hidden /> <strong>{document.number}</strong> — {document.title}{' '}
            <Typography.Text type="secondary">({t('dissemination.version', { number: document.versionNumber })})</Typography.Text>
          </Typography.Text>
          {document.hasNewerVersion && <Tag color="orange">{t('dissemination.newerVersion')}</Tag>}
        </List.Item>
      )}
    />
  );
}
