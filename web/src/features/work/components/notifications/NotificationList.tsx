import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkNotification } from '../../../../shared/contracts';
import { formatDateTime } from '../../../../shared/format';
import { localize, useLanguage } from '../../../../shared/i18n';
import { isAllowed, notificationPathFor, useModules } from '../../../../shared/modules';
import { QueryErrorAlert } from '../../../../shared/ui';
import { useCurrentUser } from '../../../auth';
import { useMarkNotificationsRead, useRecentNotifications, useUnreadCount } from '../../notifications-api';
import { MY_WORK_PATH, NOTIFICATION_SETTINGS_PATH, UNIT_WORK_PATH } from '../../paths';
import { WORK_OVERSIGHT_ROLES } from '../../roles';

interface NotificationListProps {
  isOpen: boolean;
  onNavigate: () => void;
}

/**
 * The bell's lines, what needs the person's action first. A line of repeated warnings opens the unit
 * board filtered by that warning; any other line marks itself read and shows what it is about.
 */
export function NotificationList({ isOpen, onNavigate }: NotificationListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const modules = useModules();
  const user = useCurrentUser();
  const notifications = useRecentNotifications(isOpen);
  const markRead = useMarkNotificationsRead();
  const unread = useUnreadCount();
  const hasUnread = (unread.data ?? 0) > 0 || (notifications.data?.some((item) => !item.readAt) ?? false);
  const seesUnitBoard = isAllowed(user.roles, { roles: WORK_OVERSIGHT_ROLES });

  const pathOf = (item: WorkNotification) => {
    const signal = item.line?.boardSignal;
    if (signal) return seesUnitBoard ? `${UNIT_WORK_PATH}?signal=${signal}` : MY_WORK_PATH;
    return item.subject ? notificationPathFor(modules, item.subject) : null;
  };
  const go = (path: string) => {
    onNavigate();
    navigate(path);
  };
  const open = (item: WorkNotification) => {
    if (!item.readAt) markRead.mutate([item.line?.key ?? item.id]);
    const path = pathOf(item);
    if (path) go(path);
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
            <List.Item key={item.line?.key ?? item.id} className={item.readAt ? 'notification-item' : 'notification-item unread'}>
              <button type="button" className="notification-open" onClick={() => open(item)}>
                <Flex gap={8} align="flex-start">
                  <Badge status={item.readAt ? 'default' : 'processing'} aria-label={item.readAt ? undefined : t('work.notifications.unread')} />
                  <span>
                    {item.needsAction && (
                      <Tag color="volcano" className="notification-action-tag">
                        {t('work.notifications.needsAction')}
                      </Tag>
                    )}
                    <Typography.Text strong={!item.readAt}>{localize(item.title, language)}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" className="notification-time">
                      {formatDateTime(item.createdAt)}
                      {item.line?.boardSignal ? ` · ${t(seesUnitBoard ? 'work.notifications.openBoard' : 'work.notifications.openMyWork')}` : ''}
                    </Typography.Text>
                  </span>
                </Flex>
              </button>
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between" className="notification-footer">
        <Button size="small" type="link" icon={<SettingOutlined aria-hidden />} onClick={() => go(NOTIFICATION_SETTINGS_PATH)}>
          {t('work.notifications.settings')}
        </Button>
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
