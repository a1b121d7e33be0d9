import { MenuOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { BrandEmblem } from '../../shared/ui';
import { UserActions } from './UserActions';

/** The red band: product mark and agency name on the left, the user's actions on the right. */
export function AppHeader({ onOpenMenu }: { onOpenMenu?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Layout.Header className="app-header">
      {onOpenMenu && (
        <Button type="text" className="header-button menu-button" icon={<MenuOutlined aria-hidden />} aria-label={t('layout.mainMenu')} onClick={onOpenMenu} />
      )}
      <Link to="/" className="brand">
        <BrandEmblem size={40} />
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-agency">{user.agencyName}</span>
        </span>
      </Link>
      <UserActions />
    </Layout.Header>
  );
}
