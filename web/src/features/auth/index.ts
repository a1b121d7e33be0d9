import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH, SESSIONS_PATH } from './paths';

export const authModule: AppModule = {
  id: 'auth',
  publicRoutes: [{ path: LOGIN_PATH, page: lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage }))), coreTextsOnly: true }],
  routes: [
    { path: CHANGE_PASSWORD_PATH, page: lazy(() => import('./pages/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage }))) },
    { path: SESSIONS_PATH, page: lazy(() => import('./pages/SessionsPage').then((m) => ({ default: m.SessionsPage }))) },
  ],
};

export { endSessionOnUnauthenticated, useCurrentUser, useLogout, useSession } from './api';
export { CHANGE_PASSWORD_PATH, LOGIN_PATH, SESSIONS_PATH } from './paths';
// Only a user who must change the password sees this page: it loads the form when shown.
export const ForcedPasswordChangePage = lazy(() => import('./pages/ForcedPasswordChangePage').then((m) => ({ default: m.ForcedPasswordChangePage })));
