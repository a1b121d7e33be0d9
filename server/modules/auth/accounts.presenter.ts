import type { Account } from '../../../contracts/accounts.js';
import type { Role } from '../../../contracts/auth.js';
import type { Actor } from '../../platform/actor.js';
import type { AccountRow } from './accounts.queries.js';
import { accountAbilities, isLocked } from './accounts.rules.js';

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

export function presentAccount(actor: Actor, row: AccountRow, now: Date): Account {
  const lockedUntil = row.locked_until ? new Date(row.locked_until) : null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    personId: row.person_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    email: row.email,
    roles: row.roles as Role[],
    headOfUnits: row.head_of_units,
    isActive: row.is_active,
    isLocked: isLocked(lockedUntil, now),
    mustChangePassword: row.must_change_password,
    oidcSubject: row.oidc_subject,
    lastLoginAt: iso(row.last_login_at),
    createdAt: iso(row.created_at)!,
    abilities: accountAbilities(actor.userId, { id: row.id, roles: row.roles, isActive: row.is_active, lockedUntil }, now),
  };
}
