import { Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

/** The signed-in shell: header, collapsible menu, the page, and a footer naming the agency. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [isCollapsed, setCollapsed] = useState(false);
  return (
    <Layout className="app-shell">
      <AppHeader />
      <Layout>
        <Layout.Sider collapsible collapsed={isCollapsed} onCollapse={setCollapsed} breakpoint="lg" width={248} className="app-sider">
          <SideMenu />
        </Layout.Sider>
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
