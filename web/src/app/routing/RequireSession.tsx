import { Spin } from 'antd';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForcedPasswordChangePage, LOGIN_PATH, useSession } from '../../features/auth';
import { QueryErrorAlert } from '../../shared/ui';
import { AllTextsGate } from './RoutePage';

/** Everything below needs a signed-in user; others are sent to the login page and brought back after. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spin fullscreen />;
  if (session.isError) {
    return (
      <div className="centered-block">
        <QueryErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) return <Navigate to={LOGIN_PATH} replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (session.data.user.mustChangePassword) {
    return (
      <Suspense fallback={<Spin fullscreen />}>
        <AllTextsGate />
        <ForcedPasswordChangePage />
      </Suspense>
    );
  }
  return <Outlet />;
}
