import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { BrandEmblem } from '../../shared/ui';
import { UserActions } from './UserActions';

/** The red band: product mark and agency name on the left, the user's actions on the right. */
export function AppHeader() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Layout.Header className="app-header">
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
