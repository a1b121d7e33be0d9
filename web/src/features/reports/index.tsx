import { FileWordOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';

export const REPORTS_PATH = '/bao-cao';
const REPORT_ROLES = ['leader', 'unit_head', 'agency_admin', 'system_admin'] as const;
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));

/** Báo cáo: draft periodic Directive 24 reports in Word. */
export const reportsModule: AppModule = {
  id: 'reports',
  routes: [{ path: REPORTS_PATH, page: ReportsPage, roles: REPORT_ROLES }],
  nav: [
    {
      path: REPORTS_PATH,
      labelKey: 'reports.nav.label',
      descriptionKey: 'reports.nav.description',
      icon: <FileWordOutlined aria-hidden />,
      order: 710,
      roles: REPORT_ROLES,
    },
  ],
};
