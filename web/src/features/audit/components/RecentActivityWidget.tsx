import { HistoryOutlined } from '@ant-design/icons';
import { Button, Card, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../shared/format';
import { useLanguage } from '../../../shared/i18n';
import { QueryErrorAlert } from '../../../shared/ui';
import { useRecentAudit } from '../api';
import { activitySentence } from '../audit-labels';
import { AUDIT_PATH } from '../paths';

const RECENT_COUNT = 5;

/** Home widget: the last few entries of the audit log. */
export function RecentActivityWidget() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const events = useRecentAudit(RECENT_COUNT);
  return (
    <Card
      title={
        <span>
          <HistoryOutlined /> {t('audit.widgetTitle')}
        </span>
      }
      extra={
        <Button type="link" onClick={() => navigate(AUDIT_PATH)}>
          {t('audit.viewAll')}
        </Button>
      }
      className="home-widget"
    >
      {events.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {events.isError && <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <List
          size="small"
          dataSource={events.data}
          renderItem={(event) => (
            <List.Item key={event.id}>
              <span>{activitySentence(t, language, event)}</span>
              <Typography.Text type="secondary" className="nowrap">
                {formatDateTime(event.occurredAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
