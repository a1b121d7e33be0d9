import { DesktopOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH, SESSIONS_PATH, useCurrentUser, useLogout } from '../../features/auth';
import { LanguageSwitch } from '../../shared/ui';
import { ModuleHeaderItems } from './ModuleHeaderItems';

/** Right side of the header: items modules add (notifications), language, who is signed in, change password, sessions, sign out. */
export function UserActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Flex align="center" gap={12} className="user-actions">
      <ModuleHeaderItems />
      <LanguageSwitch className="header-language" />
      <Typography.Text className="header-user">
        <UserOutlined /> {user.displayName}
      </Typography.Text>
      <Button
        type="text"
        className="header-button header-password"
        icon={<KeyOutlined />}
        aria-label={t('layout.changePassword')}
        onClick={() => navigate(CHANGE_PASSWORD_PATH)}
      >
        <span className="header-button-label">{t('layout.changePassword')}</span>
      </Button>
      <Button
        type="text"
        className="header-button header-sessions"
        icon={<DesktopOutlined />}
        aria-label={t('layout.sessions')}
        onClick={() => navigate(SESSIONS_PATH)}
      >
        <span className="header-button-label">{t('layout.sessions')}</span>
      </Button>
      <Button
        type="text"
        className="header-button"
        icon={<LogoutOutlined />}
        aria-label={t('layout.logout')}
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate(LOGIN_PATH, { replace: true }) })}
      >
        <span className="header-button-label">{t('layout.logout')}</span>
      </Button>
    </Flex>
  );
}
