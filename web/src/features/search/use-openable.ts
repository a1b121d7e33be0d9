import { matchPath } from 'react-router';
import type { Role } from '../../shared/contracts';
import { isAllowed, useModules } from '../../shared/modules';
import type { HitTarget } from './hit-paths';

/**
 * Whether the user's roles allow the app page a target leads to, by the modules' own route table:
 * the server only returns records the user may read, and this keeps out pages the app would refuse.
 */
export function useOpenable(roles: readonly Role[]) {
  const routes = useModules().flatMap((module) => module.routes ?? []);
  return (target: HitTarget | undefined): boolean => {
    if (!target) return false;
    if (target.kind === 'portal') return true;
    const pathname = target.path.split('?')[0];
    const route = routes.find((candidate) => matchPath(candidate.path, pathname));
    return route !== undefined && isAllowed(roles, route);
  };
}
