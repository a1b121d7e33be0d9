import type { Role } from '../../contracts/auth.js';
import type { AuditActor } from './audit.js';

export type { Role };

/** Who is acting, resolved once per request from the session. */
export interface Actor {
  userId: string;
  agencyId: string;
  personId: string | null;
  displayName: string;
  roles: Role[];
  /** The person's own unit. */
  unitId: string | null;
  unitPath: string | null;
  /** Paths of the units this person heads or deputises. */
  managedUnitPaths: string[];
}

export function hasRole(actor: Actor, ...wanted: Role[]): boolean {
  return actor.roles.some((role) => wanted.includes(role));
}

export function isAdministrator(actor: Actor): boolean {
  return hasRole(actor, 'system_admin', 'agency_admin');
}

/** Roles that see the whole agency. */
export function seesWholeAgency(actor: Actor): boolean {
  return hasRole(actor, 'system_admin', 'agency_admin', 'leader', 'inspector');
}

/**
 * The unit subtrees (path prefixes) an actor may see; null means the whole agency.
 * A unit head sees the units they manage, or their own unit when none is recorded.
 */
export function scopePaths(actor: Actor): string[] | null {
  if (seesWholeAgency(actor)) return null;
  if (hasRole(actor, 'unit_head')) {
    if (actor.managedUnitPaths.length > 0) return actor.managedUnitPaths;
  }
  return actor.unitPath ? [actor.unitPath] : [];
}

export function isPathInScope(actor: Actor, path: string): boolean {
  const scope = scopePaths(actor);
  return scope === null || scope.some((prefix) => path.startsWith(prefix));
}

export function auditActorOf(actor: Actor): AuditActor {
  return { userId: actor.userId, name: actor.displayName };
}

export const systemActor: AuditActor = { userId: null, name: 'Hệ thống' };

/** A session cookie resolved: who is asking, and what the session itself carries. */
export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  username: string;
  agencyName: string;
  mustChangePassword: boolean;
}

/** The agency id a platform administrator's actor carries: no agency has it, so every agency query finds nothing. */
export const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** The deployment's administrator: creates agencies, reads none of their records. */
export function isPlatformAdministrator(actor: Actor): boolean {
  return hasRole(actor, 'platform_admin');
}
