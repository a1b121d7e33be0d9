import { LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseListItem, CaseStatus } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';

const statusColors: Record<CaseStatus, string> = {
  recorded: 'blue',
  verifying: 'geekblue',
  awaiting_explanation: 'gold',
  explained: 'cyan',
  concluded: 'purple',
  measure_decided: 'magenta',
  notified: 'volcano',
  closed: 'default',
  deferred: 'orange',
  dismissed: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`conduct.status.${status}`)}</Tag>;
}

/** Overdue steps and warnings, shown in lists and on the case page. */
export function CaseSignalTags({ signals, confidentiality }: Pick<CaseListItem, 'signals'> & { confidentiality?: CaseListItem['confidentiality'] }) {
  const { t } = useTranslation();
  return (
    <span className="task-tags">
      {confidentiality === 'confidential' && (
        <Tag icon={<LockOutlined aria-hidden />} color="red">
          {t('conduct.confidentiality.confidential')}
        </Tag>
      )}
      {signals.map((signal) => (
        <Tooltip key={signal.kind} title={signal.since ? formatDate(signal.since) : undefined}>
          <Tag color={signal.kind === 'handling_due_soon' ? 'orange' : 'red'}>{t(`conduct.signal.${signal.kind}`)}</Tag>
        </Tooltip>
      ))}
    </span>
  );
}
