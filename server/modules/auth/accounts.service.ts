import { randomBytes } from 'node:crypto';
import type { CreateAccountBody, RoleGrant } from '../../../contracts/accounts.js';
import type { Tx } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { conflict, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { findPeople, findUnit, listManagers, replaceManagers } from '../org/index.js';
import { createAccounts } from './accounts.js';
import { canManageAccounts } from './accounts.policy.js';
import * as queries from './accounts.queries.js';
import { presentAccount } from './accounts.presenter.js';
import * as repository from './accounts.repository.js';
import { firstFreeUsername, headedUnitsOfGrants, misplacedUnitGrants, removesLastAdministrator, rolesOfGrants, suggestUsername } from './accounts.rules.js';
import { deleteSessionsOfUser } from './auth.repository.js';
import { passwordProblems } from './auth.password-policy.js';
import { clearNameThrottles } from './auth.throttle.js';
import { type AuthDeps, hashPassword } from './auth.service.js';

const accountNotFound = () => notFound({ vi: 'Không tìm thấy tài khoản', en: 'Account not found' });
const lastAdministrator = () =>
  invalidState('last_administrator', {
    vi: 'Cơ quan phải còn ít nhất một quản trị viên đang hoạt động',
    en: 'The agency must keep at least one active administrator',
  });

/** The password policy holds for passwords an administrator gives too, not only for a person's own. */
export function refuseWeakPassword(password: string, person: { username: string; displayName: string }, field = 'body.password') {
  const problems = passwordProblems(password, person);
  if (problems.length > 0) throw validationError(problems.map((message) => ({ field, message })));
}

function authorize(actor: Actor) {
  if (!canManageAccounts(actor)) throw forbidden();
}

async function presented(deps: AuthDeps, actor: Actor, id: string) {
  const row = await queries.findAccountRow(deps.db, actor.agencyId, id);
  if (!row) throw accountNotFound();
  return presentAccount(actor, row, deps.clock.now());
}

export async function listAccounts(deps: AuthDeps, actor: Actor, query: Parameters<typeof queries.listAccounts>[2]) {
  authorize(actor);
  const now = deps.clock.now();
  const page = await queries.listAccounts(deps.db, actor.agencyId, query, now);
  return { items: page.items.map((row) => presentAccount(actor, row, now)), nextCursor: page.nextCursor };
}

async function personOfAgency(tx: Tx, agencyId: string, personId: string) {
  const [person] = await findPeople(tx, agencyId, [personId]);
  if (!person) throw notFound({ vi: 'Không tìm thấy cán bộ', en: 'Person not found' });
  return person;
}

/** A free username for a person, from their e-mail or name. */
export async function suggestUsernameFor(deps: AuthDeps, actor: Actor, personId: string) {
  authorize(actor);
  const person = await deps.db.transaction((tx) => personOfAgency(tx, actor.agencyId, personId));
  const base = suggestUsername(person);
  return { username: firstFreeUsername(base, await repository.usernamesLike(deps.db, base)) };
}

/** Makes the person head of each unit a unit_head grant names, keeping the unit's deputies. */
async function applyUnitScopes(tx: Tx, agencyId: string, personId: string | null, grants: RoleGrant[]) {
  const misplaced = misplacedUnitGrants(grants);
  if (misplaced.length > 0) {
    throw validationError(
      misplaced.map((index) => ({
        field: `body.roles.${index}.unitId`,
        message: { vi: 'Chỉ vai trò trưởng đơn vị gắn với một đơn vị', en: 'Only the unit head role has a unit' },
      })),
    );
  }
  const unitIds = headedUnitsOfGrants(grants);
  if (unitIds.length > 0 && !personId) {
    throw validationError([
      {
        field: 'body.roles',
        message: { vi: 'Tài khoản không gắn với cán bộ nên không thể làm trưởng đơn vị', en: 'An account without a person cannot head a unit' },
      },
    ]);
  }
  for (const unitId of unitIds) {
    const unit = await findUnit(tx, agencyId, unitId);
    if (!unit || !unit.isActive) throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
    const deputies = (await listManagers(tx, agencyId, [unitId])).filter((m) => m.role === 'deputy' && m.personId !== personId).map((m) => m.personId);
    await replaceManagers(tx, agencyId, unitId, personId, deputies);
  }
  return unitIds;
}

/** Gives a person a login with an initial password they must change, and its roles. */
export async function createAccount(deps: AuthDeps, actor: Actor, body: CreateAccountBody) {
  authorize(actor);
  const id = await deps.db.transaction(async (tx) => {
    const person = await personOfAgency(tx, actor.agencyId, body.personId);
    if (person.status !== 'active') throw invalidState('person_left', { vi: 'Cán bộ đã nghỉ, không thể cấp tài khoản', en: 'This person has left' });
    if (await repository.findAccountOfPerson(tx, person.id)) {
      throw conflict('person_has_account', { vi: 'Cán bộ này đã có tài khoản', en: 'This person already has an account' });
    }
    if ((await repository.takenUsernames(tx, [body.username])).size > 0) {
      throw conflict('username_taken', { vi: 'Tên đăng nhập đã được dùng', en: 'Username already taken' }, [
        { field: 'body.username', message: { vi: 'Tên đăng nhập đã được dùng', en: 'Username already taken' } },
      ]);
    }
    if (body.password) refuseWeakPassword(body.password, { username: body.username, displayName: person.fullName });
    const roles = rolesOfGrants(body.roles);
    const [created] = await createAccounts(tx, [
      {
        agencyId: actor.agencyId,
        personId: person.id,
        username: body.username,
        displayName: person.fullName,
        // Without a password, one nobody knows: the person sets theirs through an invitation link.
        password: body.password ?? randomBytes(32).toString('base64url'),
        roles,
        mustChangePassword: true,
      },
    ]);
    const headOf = await applyUnitScopes(tx, actor.agencyId, person.id, body.roles);
    await recordAudit(tx, {
      agencyId: actor.agencyId,
      actor: auditActorOf(actor),
      action: 'account.created',
      subjectType: 'user',
      subjectId: created.id,
      change: { personId: person.id, username: body.username, roles, headOf, initialPassword: body.password !== undefined },
      occurredAt: deps.clock.now(),
    });
    return created.id;
  });
  return presented(deps, actor, id);
}

/** Runs one change on a locked account of the actor's agency and audits it, all in one transaction. */
export async function changeAccount(
  deps: AuthDeps,
  actor: Actor,
  id: string,
  change: (tx: Tx, account: repository.UserRow) => Promise<{ action: `account.${string}`; detail: Record<string, unknown> }>,
) {
  authorize(actor);
  await deps.db.transaction(async (tx) => {
    const account = await repository.lockAccount(tx, actor.agencyId, id);
    if (!account) throw accountNotFound();
    const { action, detail } = await change(tx, account);
    await recordAudit(tx, {
      agencyId: actor.agencyId,
      actor: auditActorOf(actor),
      action,
      subjectType: 'user',
      subjectId: id,
      change: detail,
      occurredAt: deps.clock.now(),
    });
  });
  return presented(deps, actor, id);
}

async function refuseLastAdministrator(tx: Tx, account: repository.UserRow, after: { roles: string[]; isActive: boolean }) {
  const administrators = await repository.lockActiveAdministrators(tx, account.agencyId!);
  if (removesLastAdministrator(account, after, administrators)) throw lastAdministrator();
}

function refuseInactive(account: repository.UserRow) {
  if (!account.isActive) throw invalidState('account_deactivated', { vi: 'Tài khoản đã bị vô hiệu hoá', en: 'The account is deactivated' });
}

/** Replaces an account's roles (and the units it heads as unit head); applies at the user's next request. */
export function replaceRoles(deps: AuthDeps, actor: Actor, id: string, grants: RoleGrant[]) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    refuseInactive(account);
    const roles = rolesOfGrants(grants);
    await refuseLastAdministrator(tx, account, { roles, isActive: true });
    await repository.updateAccount(tx, id, { roles });
    const headOf = await applyUnitScopes(tx, actor.agencyId, account.personId, grants);
    return { action: 'account.roles_changed', detail: { from: account.roles, to: roles, headOf } };
  });
}

/** Sets a new initial password, ends the account's sessions and asks for a change at next login. */
export async function resetPassword(deps: AuthDeps, actor: Actor, id: string, password: string) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    refuseInactive(account);
    refuseWeakPassword(password, account);
    const passwordHash = await hashPassword(password);
    await repository.updateAccount(tx, id, { passwordHash, passwordChangedAt: deps.clock.now(), mustChangePassword: true });
    await clearNameThrottles(tx, account.username);
    await deleteSessionsOfUser(tx, id);
    return { action: 'account.password_reset', detail: {} };
  });
}

export function unlockAccount(deps: AuthDeps, actor: Actor, id: string) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    await clearNameThrottles(tx, account.username);
    return { action: 'account.unlocked', detail: {} };
  });
}

/** Ends the account's access at once (its sessions go); the person's records stay. */
export function deactivateAccount(deps: AuthDeps, actor: Actor, id: string) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    if (id === actor.userId)
      throw invalidState('own_account', { vi: 'Không thể tự vô hiệu hoá tài khoản của mình', en: 'You cannot deactivate your own account' });
    refuseInactive(account);
    await refuseLastAdministrator(tx, account, { roles: account.roles, isActive: false });
    await repository.updateAccount(tx, id, { isActive: false });
    await deleteSessionsOfUser(tx, id);
    return { action: 'account.deactivated', detail: {} };
  });
}

export function reactivateAccount(deps: AuthDeps, actor: Actor, id: string) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    if (account.isActive) throw invalidState('account_active', { vi: 'Tài khoản đang hoạt động', en: 'The account is active' });
    await repository.updateAccount(tx, id, { isActive: true, failedLoginCount: 0, lockedUntil: null });
    return { action: 'account.reactivated', detail: {} };
  });
}
