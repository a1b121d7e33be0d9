import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import './explanations.css';
import { EXPLANATION_PATH, EXPLANATIONS_PATH, explanationPath } from './paths';

const ExplanationsPage = lazy(() => import('./pages/ExplanationsPage').then((m) => ({ default: m.ExplanationsPage })));
const ExplanationPage = lazy(() => import('./pages/ExplanationPage').then((m) => ({ default: m.ExplanationPage })));

/** Giải trình: explanations asked on red items, answered, decided, escalated, turned into cases. */
export const explanationsModule: AppModule = {
  id: 'explanations',
  routes: [
    { path: EXPLANATIONS_PATH, page: ExplanationsPage },
    { path: EXPLANATION_PATH, page: ExplanationPage },
  ],
  nav: [
    {
      path: EXPLANATIONS_PATH,
      labelKey: 'explanations.nav.list',
      descriptionKey: 'explanations.nav.listDescription',
      icon: <AuditOutlined aria-hidden />,
      order: 23.5,
    },
  ],
  notificationLinks: [{ subject: 'explanation', path: explanationPath }],
};
