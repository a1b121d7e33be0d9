import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../shared/contracts/documents';

const colors: Record<DocumentKind, string> = {
  directive: 'red',
  resolution: 'volcano',
  conclusion: 'orange',
  plan: 'blue',
  report: 'cyan',
  guidance: 'green',
  decision: 'purple',
  other: 'default',
};

export function KindTag({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  return <Tag color={colors[kind]}>{t(`documents.kind.${kind}`)}</Tag>;
}
