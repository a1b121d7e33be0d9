import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { SETUP_PATH } from './paths';

export const setupModule: AppModule = {
  id: 'setup',
  publicRoutes: [{ path: SETUP_PATH, page: lazy(() => import('./pages/SetupPage').then((m) => ({ default: m.SetupPage }))) }],
};
