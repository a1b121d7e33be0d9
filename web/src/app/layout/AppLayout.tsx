import { Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { useIsPhone } from '../../shared/ui/use-is-phone';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

// Loaded on the first press of the menu button: a wide screen never needs the drawer (nor its skeleton).
const MenuDrawer = lazy(() => import('./MenuDrawer').then((m) => ({ default: m.MenuDrawer })));

/** The signed-in shell: header, collapsible menu, the page, and a footer naming the agency. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [isCollapsed, setCollapsed] = useState(false);
  const [isMenuOpen, setMenuOpen] = useState(false);
  // Stays mounted once opened, so closing it slides it away instead of removing it at once.
  const [hasOpenedMenu, setOpenedMenu] = useState(false);
  // A phone gets the menu, with its labels, in a drawer; a wider screen keeps it beside the page.
  const isPhone = useIsPhone();
  const openMenu = () => {
    setOpenedMenu(true);
    setMenuOpen(true);
  };
  return (
    <Layout className="app-shell">
      <AppHeader onOpenMenu={isPhone ? openMenu : undefined} />
      <Layout>
        {isPhone ? (
          hasOpenedMenu && (
            <Suspense fallback={null}>
              <MenuDrawer open={isMenuOpen} onClose={() => setMenuOpen(false)} />
            </Suspense>
          )
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
