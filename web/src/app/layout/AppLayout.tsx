import { Drawer, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { CHANGE_PASSWORD_PATH, SESSIONS_PATH, useCurrentUser } from '../../features/auth';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

/** The signed-in shell: header, collapsible menu, the page, and a footer naming the agency. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [isCollapsed, setCollapsed] = useState(false);
  const [isMenuOpen, setMenuOpen] = useState(false);
  // A phone gets the menu, with its labels, in a drawer; a wider screen keeps it beside the page.
  const isPhone = useIsPhone();
  return (
    <Layout className="app-shell">
      <AppHeader onOpenMenu={isPhone ? () => setMenuOpen(true) : undefined} />
      <Layout>
        {isPhone ? (
          <Drawer
            placement="left"
            open={isMenuOpen}
            onClose={() => setMenuOpen(false)}
            size={280}
            title={t('layout.mainMenu')}
            className="app-menu-drawer"
            footer={
              <span className="menu-drawer-user">
                {user.displayName} ·{' '}
                <Link to={CHANGE_PASSWORD_PATH} onClick={() => setMenuOpen(false)}>
                  {t('layout.changePassword')}
                </Link>{' '}
                ·{' '}
                <Link to={SESSIONS_PATH} onClick={() => setMenuOpen(false)}>
                  {t('layout.sessions')}
                </Link>
              </span>
            }
          >
            <SideMenu onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider collapsible collapsed={isCollapsed} onCollapse={setCollapsed} breakpoint="lg" width={248} className="app-sider">
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout className="app-main">
          <Layout.Content id="main-content" className="app-content">
            <Outlet />
          </Layout.Content>
          <Layout.Footer className="app-footer">{t('layout.footer', { agency: user.agencyName })}</Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
