import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ADMIN_ROLES, type AppModule } from '../../shared/modules';
import { AUDIT_PATH } from './paths';

const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const RecentActivityWidget = lazy(() => import('./components/RecentActivityWidget').then((m) => ({ default: m.RecentActivityWidget })));

export const auditModule: AppModule = {
  id: 'audit',
  routes: [{ path: AUDIT_PATH, page: AuditPage, roles: ADMIN_ROLES }],
  nav: [{ path: AUDIT_PATH, labelKey: 'nav.audit', descriptionKey: 'nav.auditDescription', icon: <AuditOutlined />, order: 900, roles: ADMIN_ROLES }],
  homeWidgets: [{ key: 'audit-recent', component: RecentActivityWidget, order: 900, roles: ADMIN_ROLES }],
};
