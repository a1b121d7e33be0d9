import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task, TaskEventKind } from '../../../shared/contracts';
import { formatDateTime } from '../../../shared/format';
import { QueryErrorAlert } from '../../../shared/ui';
import { useTaskEvents } from '../api';
import { eventChanges } from '../event-changes';
import { personNames } from '../person-names';

// The new owner taking over a transfer carries the transfer's reason, which the previous owner wrote
// (and the request's line already shows): repeating it under her name would put it in her mouth.
const REASON_BELONGS_TO_AN_EARLIER_EVENT = new Set(['task.transferred']);

const colorOf = (kind: TaskEventKind): string => {
  if (/cancelled|refused|rejected|returned/.test(kind)) return '#c62828';
  if (/accepted|transferred|extension_approved|reopened/.test(kind)) return '#2e7d32';
  if (/difficulty|transfer|extension/.test(kind)) return '#d46b08';
  return '#1f4e8c';
};

/** The task's history, oldest first: when, who, what, why, and what changed. */
export function TaskTimeline({ task }: { task: Task }) {
  const { t } = useTranslation();
  const events = useTaskEvents(task.id);
  const items = events.data?.items;
  const names = personNames(task, items ?? [], events.data?.people);
  const nameOf = (id: string) => names.get(id) ?? t('taskEvent.unknownPerson');

  return (
    <Card size="small" title={t('work.detail.timeline')}>
      {events.isPending && <Skeleton active />}
      {events.isError && !events.data && <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {items?.length === 0 && <Empty description={t('work.detail.noEvents')} />}
      {items && items.length > 0 && (
        <Timeline
          className="task-timeline"
          items={items.map((event) => ({
            key: event.id,
            color: colorOf(event.kind),
            content: (
              <div className="timeline-entry">
                <div>
                  <Typography.Text strong>{t(`taskEvent.kind.${event.kind.replace('task.', '') as 'assigned'}`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' · '}
                    {event.actor.name || t('taskEvent.system')} · {formatDateTime(event.at)}
                  </Typography.Text>
                </div>
                {event.reason && !REASON_BELONGS_TO_AN_EARLIER_EVENT.has(event.kind) && (
                  <Typography.Paragraph className="timeline-reason pre-line">{event.reason}</Typography.Paragraph>
                )}
                {eventChanges(event, t, nameOf).map((change) => (
                  <div key={change.key} className="timeline-change">
                    <Typography.Text type="secondary">{change.label}: </Typography.Text>
                    {change.before !== null && (
                      <>
                        <Typography.Text delete type="secondary">
                          {change.before}
                        </Typography.Text>
                        {' → '}
                      </>
                    )}
                    <Typography.Text>{change.after}</Typography.Text>
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
