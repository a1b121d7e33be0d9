import { TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ADMIN_ROLES, type AppModule, ORG_VIEWER_ROLES } from '../../shared/modules';
import { ORG_IMPORT_PATH, ORG_PATH } from './paths';

const OrganisationPage = lazy(() => import('./pages/OrganisationPage').then((m) => ({ default: m.OrganisationPage })));
const ImportPeoplePage = lazy(() => import('./pages/ImportPeoplePage').then((m) => ({ default: m.ImportPeoplePage })));
const OrgSummaryWidget = lazy(() => import('./components/OrgSummaryWidget').then((m) => ({ default: m.OrgSummaryWidget })));

export const orgModule: AppModule = {
  id: 'org',
  routes: [
    { path: ORG_PATH, page: OrganisationPage, roles: ORG_VIEWER_ROLES },
    { path: ORG_IMPORT_PATH, page: ImportPeoplePage, roles: ADMIN_ROLES },
  ],
  nav: [
    { path: ORG_PATH, labelKey: 'nav.org', descriptionKey: 'nav.orgDescription', icon: <TeamOutlined />, order: 80, roles: ORG_VIEWER_ROLES },
    { path: ORG_IMPORT_PATH, labelKey: 'nav.orgImport', descriptionKey: 'nav.orgImportDescription', icon: <UploadOutlined />, order: 81, roles: ADMIN_ROLES },
  ],
  homeWidgets: [{ key: 'org-summary', component: OrgSummaryWidget, order: 80, roles: ORG_VIEWER_ROLES }],
};

export { usePeopleSearch, useUnits } from './api';
export { PersonSelect, type PersonRef } from './components/PersonSelect';
export { UnitPicker } from './components/UnitPicker';
export { UnitTreeSelect } from './components/UnitTreeSelect';
export { buildUnitTree, type UnitNode } from './unit-tree';
