import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { QueryErrorAlert } from '../../../shared/ui';
import { useCaseEvents } from '../api';

type EventKey = 'case.recorded';

/** The due-process history, oldest first: when, who, which step, why. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const events = useCaseEvents(caseId);
  return (
    <Card size="small" title={t('conduct.detail.timeline')}>
      {events.isPending && <Skeleton active />}
      {events.isError && <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.data?.length === 0 && <Empty description={t('conduct.detail.noEvents')} />}
      {events.data && events.data.length > 0 && (
        <Timeline
          items={events.data.map((event) => ({
            key: event.id,
            content: (
              <div className="timeline-entry">
                <Typography.Text strong>{t(`conduct.event.${event.kind as EventKey}`, { defaultValue: event.kind })}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {formatDateTime(event.occurredAt)} · {event.actorName}
                  </Typography.Text>
                </div>
                {event.reason && <Typography.Paragraph className="pre-line">{event.reason}</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
