import { Flex, Spin } from 'antd';
import { Suspense } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { PLATFORM_AGENCIES_PATH } from '../../features/platform';
import { useAllTexts } from '../../shared/i18n';
import { isAllowed, type ModuleRoute } from '../../shared/modules';
import { ForbiddenResult } from './LazyStatusResults';

export function PageLoading() {
  return (
    <Flex justify="center" align="center" className="page-loading">
      <Spin size="large" />
    </Flex>
  );
}

/**
 * Holds its Suspense boundary until every text has loaded (the core has only those of the first pages).
 * A sibling of the page, not its parent: React starts loading the page's script meanwhile.
 */
export function AllTextsGate() {
  useAllTexts();
  return null;
}

/** A lazily loaded page, once it (and, unless it shows only core texts, every text) has loaded. */
export function LazyPage({ route: { page: Page, coreTextsOnly } }: { route: ModuleRoute }) {
  return (
    <Suspense fallback={<PageLoading />}>
      {!coreTextsOnly && <AllTextsGate />}
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
  return <LazyPage route={route} />;
}
