import { Flex, Spin } from 'antd';
import { type ComponentType, Suspense } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { PLATFORM_AGENCIES_PATH } from '../../features/platform';
import { isAllowed, type ModuleRoute } from '../../shared/modules';
import { ForbiddenResult } from './LazyStatusResults';

export function PageLoading() {
  return (
    <Flex justify="center" align="center" className="page-loading">
      <Spin size="large" />
    </Flex>
  );
}

/** A lazily loaded page, once it has loaded. */
export function LazyPage({ page: Page }: { page: ComponentType }) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** A signed-in page: shown only to the roles the module allows, 403 for anyone else. */
export function GuardedPage({ route }: { route: ModuleRoute }) {
  const user = useCurrentUser();
  // The platform administrator's home is the agencies screen; every agency page is not theirs.
  if (user.roles.includes('platform_admin') && route.path === '/') return <Navigate to={PLATFORM_AGENCIES_PATH} replace />;
  if (!isAllowed(user.roles, route)) return <ForbiddenResult />;
  return <LazyPage page={route.page} />;
}
