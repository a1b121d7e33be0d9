import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { navItemsFor, useModules } from '../../shared/modules';

/** The nav item whose path is the longest prefix of the current location. */
function selectedPath(pathname: string, paths: string[]): string[] {
  const matches = paths.filter((path) => pathname === path || (path !== '/' && pathname.startsWith(`${path}/`)));
  const best = matches.sort((a, b) => b.length - a.length)[0];
  return best ? [best] : [];
}

/** The main menu: every module's entries the user's roles allow. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const items = navItemsFor(useModules(), user.roles);
  return (
    <nav aria-label={t('layout.mainMenu')}>
      <Menu
        mode="inline"
        selectedKeys={selectedPath(
          location.pathname,
          items.map((item) => item.path),
        )}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
        items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
      />
    </nav>
  );
}
