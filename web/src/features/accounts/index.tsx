import { IdcardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ADMIN_ROLES, type AppModule } from '../../shared/modules';
import { INVITATION_PATH } from '../../shared/contracts';
import { ACCOUNTS_PATH } from './paths';

const InvitationPage = lazy(() => import('./pages/InvitationPage').then((m) => ({ default: m.InvitationPage })));
const AccountsPage = lazy(() => import('./pages/AccountsPage').then((m) => ({ default: m.AccountsPage })));

export const accountsModule: AppModule = {
  id: 'accounts',
  routes: [{ path: ACCOUNTS_PATH, page: AccountsPage, roles: ADMIN_ROLES }],
  publicRoutes: [{ path: INVITATION_PATH, page: InvitationPage }],
  nav: [{ path: ACCOUNTS_PATH, labelKey: 'accounts.nav', descriptionKey: 'accounts.navDescription', icon: <IdcardOutlined />, order: 82, roles: ADMIN_ROLES }],
};
