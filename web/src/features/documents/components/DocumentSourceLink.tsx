import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocument } from '../api';
import { documentPath } from '../paths';

/** On a task from a document: its number and title, linking to the document (everyone in the agency reads the register). */
export function DocumentSourceLink({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const document = useDocument(documentId);
  if (!document.data) return <Typography.Text type="secondary">{t('workAssign.sourceKinds.document')}</Typography.Text>;
  return <Link to={documentPath(documentId)}>{`${document.data.number} — ${document.data.title}`}</Link>;
}
