import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { useLanguage } from '../../../shared/i18n';
import { activitySentence, subjectLabel } from '../audit-labels';

interface AuditTableProps {
  events: AuditEvent[];
  isLoading: boolean;
}

function ChangeDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text type="secondary">{t('audit.change')}</Typography.Text>
      <pre className="json-change">{JSON.stringify(event.change, null, 2)}</pre>
    </div>
  );
}

/** Newest first; each row unfolds to show the recorded change as JSON. */
export function AuditTable({ events, isLoading }: AuditTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: TableColumnsType<AuditEvent> = [
    { key: 'time', title: t('audit.time'), render: (_, event) => formatDateTime(event.occurredAt), width: 150 },
    { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName', width: 200 },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, event) => (
        <span>
          {activitySentence(t, language, event)}
          <div className="muted code-text">{event.action}</div>
        </span>
      ),
    },
    { key: 'subject', title: t('audit.subject'), render: (_, event) => subjectLabel(t, event.subjectType), width: 130 },
    {
      key: 'subjectId',
      title: t('audit.subjectId'),
      render: (_, event) => (
        <Typography.Text code copyable={{ text: event.subjectId }} className="code-text">
          {event.subjectId.length > 13 ? `${event.subjectId.slice(0, 8)}…` : event.subjectId}
        </Typography.Text>
      ),
      width: 160,
    },
  ];
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={isLoading}
      pagination={false}
      expandable={{ expandedRowRender: (event) => <ChangeDetails event={event} /> }}
      scroll={{ x: 900 }}
    />
  );
}
