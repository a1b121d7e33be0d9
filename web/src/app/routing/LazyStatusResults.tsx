import { lazy, Suspense } from 'react';

// antd's Result carries its illustrations: the status pages load it only when one is shown.
const load = () => import('./StatusResults');
const Forbidden = lazy(() => load().then((m) => ({ default: m.ForbiddenResult })));
const NotFound = lazy(() => load().then((m) => ({ default: m.NotFoundResult })));
const Crash = lazy(() => load().then((m) => ({ default: m.CrashResult })));

export function ForbiddenResult() {
  return (
    <Suspense fallback={null}>
      <Forbidden />
    </Suspense>
  );
}

export function NotFoundResult() {
  return (
    <Suspense fallback={null}>
      <NotFound />
    </Suspense>
  );
}

export function CrashResult() {
  return (
    <Suspense fallback={null}>
      <Crash />
    </Suspense>
  );
}
