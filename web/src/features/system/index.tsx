import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ADMIN_ROLES, type AppModule } from '../../shared/modules';
import { SYSTEM_STATUS_PATH } from './paths';

const SystemStatusPage = lazy(() => import('./pages/SystemStatusPage').then((m) => ({ default: m.SystemStatusPage })));

/** Tình trạng hệ thống: the administrators' health screen (version, migrations, scheduled backup, periodic jobs). */
export const systemModule: AppModule = {
  id: 'system',
  routes: [{ path: SYSTEM_STATUS_PATH, page: SystemStatusPage, roles: ADMIN_ROLES }],
  nav: [
    {
      path: SYSTEM_STATUS_PATH,
      labelKey: 'system.nav.title',
      descriptionKey: 'system.nav.description',
      icon: <DashboardOutlined aria-hidden />,
      order: 910,
      roles: ADMIN_ROLES,
    },
  ],
};
