import { type Actor, isAdministrator } from '../../platform/actor.js';

/** Giving logins and roles is an administrator's job, inside their own agency. */
export function canManageAccounts(actor: Actor): boolean {
  return isAdministrator(actor);
}
