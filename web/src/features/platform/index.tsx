import { BankOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { PLATFORM_AGENCIES_PATH, PLATFORM_ROLES } from './paths';

export { PLATFORM_AGENCIES_PATH } from './paths';

const AgenciesPage = lazy(() => import('./pages/AgenciesPage').then((m) => ({ default: m.AgenciesPage })));

/** The platform administrator's screen: the deployment's agencies, never their records. */
export const platformModule: AppModule = {
  id: 'platform',
  routes: [{ path: PLATFORM_AGENCIES_PATH, page: AgenciesPage, roles: PLATFORM_ROLES }],
  nav: [
    {
      path: PLATFORM_AGENCIES_PATH,
      labelKey: 'platform.nav',
      descriptionKey: 'platform.navDescription',
      icon: <BankOutlined />,
      order: 1,
      roles: PLATFORM_ROLES,
    },
  ],
};
