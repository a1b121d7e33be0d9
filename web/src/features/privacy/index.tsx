import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ADMIN_ROLES, type AppModule } from '../../shared/modules';
import { PRIVACY_PATH } from './paths';

const PrivacyPage = lazy(() => import('./pages/PrivacyPage').then((m) => ({ default: m.PrivacyPage })));

/** Dữ liệu cá nhân: the register of data-subject requests and the export of one person's data (Decree 356/2025). */
export const privacyModule: AppModule = {
  id: 'privacy',
  routes: [{ path: PRIVACY_PATH, page: PrivacyPage, roles: ADMIN_ROLES }],
  nav: [
    {
      path: PRIVACY_PATH,
      labelKey: 'privacy.nav.title',
      descriptionKey: 'privacy.nav.description',
      icon: <SafetyCertificateOutlined aria-hidden />,
      order: 905,
      roles: ADMIN_ROLES,
    },
  ],
};
