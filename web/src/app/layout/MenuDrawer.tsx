import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CHANGE_PASSWORD_PATH, SESSIONS_PATH, useCurrentUser } from '../../features/auth';
import { SideMenu } from './SideMenu';

/** A phone's menu, with its labels and the user's links, in a drawer from the left. */
export function MenuDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={280}
      title={t('layout.mainMenu')}
      className="app-menu-drawer"
      footer={
        <span className="menu-drawer-user">
          {user.displayName} ·{' '}
          <Link to={CHANGE_PASSWORD_PATH} onClick={onClose}>
            {t('layout.changePassword')}
          </Link>{' '}
          ·{' '}
          <Link to={SESSIONS_PATH} onClick={onClose}>
            {t('layout.sessions')}
          </Link>
        </span>
      }
    >
      <SideMenu onNavigate={onClose} />
    </Drawer>
  );
}
