import type { RoleGrant } from '../../../contracts/accounts.js';
import type { Role } from '../../../contracts/auth.js';
import { foldForSearch } from '../../platform/search-text.js';

/** Lower-case letters without diacritics, digits and . _ -, the way usernames are written. */
function asUsername(text: string): string {
  return foldForSearch(text)
    .replace(/\s+/g, '')
    .replace(/[^a-z0-9._-]/g, '');
}

/**
 * A username proposal: the e-mail's local part, else the Vietnamese habit of given name plus the
 * initials of the family and middle names ("Nguyễn Thị Hoa" → "hoant").
 */
export function suggestUsername(person: { email: string | null; fullName: string }): string {
  const fromEmail = person.email ? asUsername(person.email.split('@')[0]) : '';
  if (fromEmail.length >= 3) return fromEmail.slice(0, 60);
  const words = foldForSearch(person.fullName).split(/\s+/).filter(Boolean);
  const given = words.at(-1) ?? 'user';
  const initials = words
    .slice(0, -1)
    .map((word) => word[0])
    .join('');
  const fromName = asUsername(given + initials);
  return (fromName.length >= 3 ? fromName : `${fromName}user`).slice(0, 60);
}

/** The first free name among `base`, `base2`, `base3`…, given the names already taken. */
export function firstFreeUsername(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** The roles an account holds for a list of grants: each once, in the order given. */
export function rolesOfGrants(grants: RoleGrant[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/** The units a set of grants makes the person head of. */
export function headedUnitsOfGrants(grants: RoleGrant[]): string[] {
  return [...new Set(grants.filter((grant) => grant.role === 'unit_head' && grant.unitId).map((grant) => grant.unitId!))];
}

/** Grants that name a unit for a role without one, each as a field error path. */
export function misplacedUnitGrants(grants: RoleGrant[]): number[] {
  return grants.flatMap((grant, index) => (grant.unitId && grant.role !== 'unit_head' ? [index] : []));
}

export function isAdministratorRole(roles: readonly string[]): boolean {
  return roles.includes('agency_admin');
}

/** Whether a change would leave the agency without an active administrator. */
export function removesLastAdministrator(
  account: { roles: string[]; isActive: boolean },
  after: { roles: string[]; isActive: boolean },
  activeAdministrators: number,
): boolean {
  const wasAdministrator = account.isActive && isAdministratorRole(account.roles);
  const staysAdministrator = after.isActive && isAdministratorRole(after.roles);
  return wasAdministrator && !staysAdministrator && activeAdministrators <= 1;
}

export interface AccountFacts {
  id: string;
  roles: string[];
  isActive: boolean;
  lockedUntil: Date | null;
}

/** What an administrator may do next with an account; never deactivate themselves. */
export function accountAbilities(actorUserId: string, account: AccountFacts, now: Date) {
  const isSelf = account.id === actorUserId;
  return {
    canChangeRoles: account.isActive,
    canResetPassword: account.isActive,
    canUnlock: account.isActive && isLocked(account.lockedUntil, now),
    canDeactivate: account.isActive && !isSelf,
    canReactivate: !account.isActive,
  };
}

/** Locked while login throttling makes the account's name wait. */
export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
