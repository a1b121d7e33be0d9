import { CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkNotification } from '../../../../shared/contracts';
import { formatDateTime } from '../../../../shared/format';
import { localize, useLanguage } from '../../../../shared/i18n';
import { notificationPathFor, useModules } from '../../../../shared/modules';
import { QueryErrorAlert } from '../../../../shared/ui';
import { useMarkNotificationsRead, useRecentNotifications, useUnreadCount } from '../../notifications-api';

interface NotificationListProps {
  isOpen: boolean;
  onNavigate: () => void;
}

/** The latest notifications; opening one marks it read and shows what it is about (a task, an assignment, a meeting, a case, a report). */
export function NotificationList({ isOpen, onNavigate }: NotificationListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const modules = useModules();
  const notifications = useRecentNotifications(isOpen);
  const markRead = useMarkNotificationsRead();
  const unread = useUnreadCount();
  const hasUnread = (unread.data ?? 0) > 0 || (notifications.data?.some((item) => !item.readAt) ?? false);

  const open = (item: WorkNotification) => {
    if (!item.readAt) markRead.mutate([item.id]);
    const path = item.subject && notificationPathFor(modules, item.subject);
    if (path) {
      onNavigate();
      navigate(path);
    }
  };

  return (
    <div className="notification-list">
      {notifications.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {notifications.isError && <QueryErrorAlert error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {notifications.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.notifications.empty')} />}
      {notifications.data && notifications.data.length > 0 && (
        <List<WorkNotification>
          size="small"
          dataSource={notifications.data}
          renderItem={(item) => (
            <List.Item key={item.id} className={item.readAt ? 'notification-item' : 'notification-item unread'}>
              <button type="button" className="notification-open" onClick={() => open(item)}>
                <Flex gap={8} align="flex-start">
                  <Badge status={item.readAt ? 'default' : 'processing'} aria-label={item.readAt ? undefined : t('work.notifications.unread')} />
                  <span>
                    <Typography.Text strong={!item.readAt}>{localize(item.title, language)}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" className="notification-time">
                      {formatDateTime(item.createdAt)}
                    </Typography.Text>
                  </span>
                </Flex>
              </button>
            </List.Item>
          )}
        />
      )}
      <Flex justify="flex-end" className="notification-footer">
        <Button
          size="small"
          type="link"
          icon={<CheckOutlined aria-hidden />}
          disabled={!hasUnread}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('work.notifications.markAllRead')}
        </Button>
      </Flex>
    </div>
  );
}
