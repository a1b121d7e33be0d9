import { createBrowserRouter, type RouteObject } from 'react-router';
import type { AppModule } from '../shared/modules';
import { AppLayout } from './layout/AppLayout';
import { RequireSession } from './routing/RequireSession';
import { GuardedPage, LazyPage } from './routing/RoutePage';
import { CrashResult, NotFoundResult } from './routing/LazyStatusResults';

/** Public pages stand alone; every other page sits in the signed-in layout behind its role check. */
export function createAppRouter(modules: readonly AppModule[]) {
  const publicRoutes: RouteObject[] = modules.flatMap((module) =>
    (module.publicRoutes ?? []).map((route) => ({ path: route.path, element: <LazyPage key={route.path} route={route} /> })),
  );
  // Keyed by path, each page has a Suspense boundary of its own: a tap that opens another page shows the
  // loading spinner at once, instead of leaving the previous page (and its buttons) under the new address
  // until the new page's script arrives, where a press acted on a page that then vanished (issue 30).
  const pages: RouteObject[] = modules.flatMap((module) =>
    (module.routes ?? []).map((route) => ({ path: route.path, element: <GuardedPage key={route.path} route={route} /> })),
  );
  return createBrowserRouter([
    {
      errorElement: <CrashResult />,
      children: [
        ...publicRoutes,
        {
          element: <RequireSession />,
          children: [{ element: <AppLayout />, children: [...pages, { path: '*', element: <NotFoundResult /> }] }],
        },
      ],
    },
  ]);
}
