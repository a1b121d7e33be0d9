import { FileTextOutlined } from '@ant-design/icons';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentPath } from '../../documents/paths';
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
            <FileTextOutlined aria-hidden />{' '}
            <Link to={documentPath(document.documentId)} title={t('dissemination.openDocument')}>
              <strong>{document.number}</strong> — {document.title}
            </Link>{' '}
            <Typography.Text type="secondary">({t('dissemination.version', { number: document.versionNumber })})</Typography.Text>
          </Typography.Text>
          {document.hasNewerVersion && <Tag color="orange">{t('dissemination.newerVersion')}</Tag>}
        </List.Item>
      )}
    />
  );
}
