import { AlertOutlined, AuditOutlined, BookOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { CASE_PATH, casePath, CASES_PATH, CATALOG_PATH, MY_CASES_PATH, SUGGESTIONS_PATH } from './paths';
import { CASE_LIST_ROLES, CASE_WORKER_ROLES, CATALOG_ROLES } from './roles';

const CaseListPage = lazy(() => import('./pages/CaseListPage').then((m) => ({ default: m.CaseListPage })));
const MyCasesPage = lazy(() => import('./pages/CaseListPage').then((m) => ({ default: () => <m.CaseListPage mine /> })));
const CaseDetailPage = lazy(() => import('./pages/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const SuggestionsPage = lazy(() => import('./pages/SuggestionsPage').then((m) => ({ default: m.SuggestionsPage })));
const AwaitingExplanationWidget = lazy(() => import('./components/AwaitingExplanationWidget').then((m) => ({ default: m.AwaitingExplanationWidget })));
const CatalogPage = lazy(() => import('./pages/CatalogPage').then((m) => ({ default: m.CatalogPage })));

/** Kỷ luật, kỷ cương: cases with due process, the subject's own cases, suggestions and the catalog. */
export const conductModule: AppModule = {
  id: 'conduct',
  routes: [
    { path: CASES_PATH, page: CaseListPage, roles: CASE_LIST_ROLES },
    { path: CASE_PATH, page: CaseDetailPage },
    { path: MY_CASES_PATH, page: MyCasesPage },
    { path: SUGGESTIONS_PATH, page: SuggestionsPage, roles: CASE_WORKER_ROLES },
    { path: CATALOG_PATH, page: CatalogPage, roles: CATALOG_ROLES },
  ],
  nav: [
    {
      path: CASES_PATH,
      labelKey: 'conduct.nav.cases',
      descriptionKey: 'conduct.nav.casesDescription',
      icon: <AuditOutlined aria-hidden />,
      order: 40,
      roles: CASE_LIST_ROLES,
    },
    {
      path: SUGGESTIONS_PATH,
      labelKey: 'conduct.nav.suggestions',
      descriptionKey: 'conduct.nav.suggestionsDescription',
      icon: <AlertOutlined aria-hidden />,
      order: 41,
      roles: CASE_WORKER_ROLES,
    },
    {
      path: CATALOG_PATH,
      labelKey: 'conduct.nav.catalog',
      descriptionKey: 'conduct.nav.catalogDescription',
      icon: <BookOutlined aria-hidden />,
      order: 42,
      roles: CATALOG_ROLES,
    },
    { path: MY_CASES_PATH, labelKey: 'conduct.nav.mine', descriptionKey: 'conduct.nav.mineDescription', icon: <SolutionOutlined aria-hidden />, order: 43 },
  ],
  // Shown only while the viewer has an explanation due; last, so an empty one leaves no gap.
  homeWidgets: [{ key: 'conduct-awaiting-explanation', component: AwaitingExplanationWidget, order: 90, width: 'full' }],
  notificationLinks: [{ subject: 'conduct_case', path: casePath }],
};
