import './notifications.css';
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../../notifications-api';

// The list (antd's List with its pager) loads on the first press of the bell, not with every page.
const NotificationList = lazy(() => import('./NotificationList').then((m) => ({ default: m.NotificationList })));

/** The header bell: unread count (99+ beyond), recent notifications on click. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  // The badge's number is the button's visible text: the name says it as a word of its own (WCAG 2.5.3).
  const label =
    count > 0
      ? `${t('work.notifications.title')}: ${count > 99 ? '99+' : count} ${t('work.notifications.unread').toLowerCase()}`
      : t('work.notifications.title');
  return (
    <Popover
      open={isOpen}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      title={t('work.notifications.title')}
      content={
        <Suspense fallback={null}>
          <NotificationList isOpen={isOpen} onNavigate={() => setOpen(false)} />
        </Suspense>
      }
    >
      <Button type="text" className="header-button notification-bell" aria-label={label} aria-haspopup="dialog" aria-expanded={isOpen}>
        <Badge count={count} overflowCount={99} size="small" offset={[2, -2]}>
          <BellOutlined className="notification-bell-icon" aria-hidden />
        </Badge>
      </Button>
    </Popover>
  );
}
