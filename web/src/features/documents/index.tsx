import { FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { DOCUMENT_PATH, PLAN_PATH, REGISTER_PATH, TRACEABILITY_PATH } from './paths';

const RegisterPage = lazy(() => import('./pages/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const DocumentPage = lazy(() => import('./pages/DocumentPage').then((m) => ({ default: m.DocumentPage })));
const PlanPage = lazy(() => import('./pages/PlanPage').then((m) => ({ default: m.PlanPage })));
const TraceabilityPage = lazy(() => import('./pages/TraceabilityPage').then((m) => ({ default: m.TraceabilityPage })));

/** "Văn bản": the register, implementation plans with targets, and traceability down to each task. Everyone in the agency reads it. */
export const documentsModule: AppModule = {
  id: 'documents',
  routes: [
    { path: REGISTER_PATH, page: RegisterPage },
    { path: DOCUMENT_PATH, page: DocumentPage },
    { path: TRACEABILITY_PATH, page: TraceabilityPage },
    { path: PLAN_PATH, page: PlanPage },
  ],
  nav: [
    {
      path: REGISTER_PATH,
      labelKey: 'documents.nav.register',
      descriptionKey: 'documents.nav.registerDescription',
      icon: <FileTextOutlined aria-hidden />,
      order: 20,
    },
  ],
};
