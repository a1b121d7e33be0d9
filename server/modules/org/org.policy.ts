import { type Actor, hasRole, isAdministrator, isPathInScope, scopePaths } from '../../platform/actor.js';

/** Creating, editing, moving and deactivating units and people is an administrator's job. */
export function canManageOrganisation(actor: Actor): boolean {
  return isAdministrator(actor);
}

export function canSeePerson(actor: Actor, person: { unitPath: string; id: string }): boolean {
  return person.id === actor.personId || isPathInScope(actor, person.unitPath);
}

/** Party membership is sensitive: administrators, leaders, unit heads in scope, and the person. */
export function canSeePartyMembership(actor: Actor, person: { unitPath: string; id: string }): boolean {
  if (person.id === actor.personId) return true;
  if (hasRole(actor, 'system_admin', 'agency_admin', 'leader')) return true;
  return hasRole(actor, 'unit_head') && isPathInScope(actor, person.unitPath);
}

/** Scope filter for people lists: path prefixes, or null for the whole agency. */
export function visiblePeopleScope(actor: Actor): string[] | null {
  return scopePaths(actor);
}
