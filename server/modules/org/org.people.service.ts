import type { z } from 'zod';
import type { deactivatePersonBody, movePersonBody, PersonInput, peopleQuery, updatePersonBody } from '../../../contracts/org.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { conflict, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { foldForSearch, likePattern } from '../../platform/search-text.js';
import { auditContext, type OrgDeps } from './org.deps.js';
import { canManageOrganisation, canSeePerson, visiblePeopleScope } from './org.policy.js';
import { presentPerson } from './org.presenter.js';
import * as repository from './org.people.repository.js';
import { findUnit } from './org.units.repository.js';

const personNotFound = () => notFound({ vi: 'Không tìm thấy cán bộ', en: 'Person not found' });
const emailTaken = (field = 'body.email') =>
  conflict('email_taken', { vi: 'Email đã được dùng cho người khác', en: 'Email already used by someone else' }, [
    { field, message: { vi: 'Email đã được dùng cho người khác', en: 'Email already used by someone else' } },
  ]);

/** A page of people the actor may see, filtered and ordered in SQL. */
export async function listPeople(deps: OrgDeps, actor: Actor, query: z.infer<typeof peopleQuery>) {
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await findUnit(deps.db, actor.agencyId, query.unitId);
    if (!unit) throw validationError([{ field: 'querystring.unitId', message: { vi: 'Đơn vị không tồn tại', en: 'Unit does not exist' } }]);
    unitPath = unit.path;
  }
  const rows = await repository.listPeople(deps.db, {
    agencyId: actor.agencyId,
    scope: visiblePeopleScope(actor),
    unitPath,
    category: query.category,
    status: query.status,
    search: query.q ? likePattern(query.q) : undefined,
    after: after ?? undefined,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => [row.fullName, row.id]);
  return { items: page.items.map((row) => presentPerson(actor, row)), nextCursor: page.nextCursor };
}

async function loadVisible(deps: OrgDeps, actor: Actor, id: string) {
  const row = await repository.findPersonForList(deps.db, actor.agencyId, id);
  if (!row || !canSeePerson(actor, row)) throw personNotFound();
  return row;
}

export async function getPerson(deps: OrgDeps, actor: Actor, id: string) {
  return presentPerson(actor, await loadVisible(deps, actor, id));
}

async function requireActiveUnit(deps: OrgDeps, actor: Actor, unitId: string, field: string) {
  const unit = await findUnit(deps.db, actor.agencyId, unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field, message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  return unit;
}

export function personValues(input: Omit<PersonInput, 'unitId'>) {
  return {
    fullName: input.fullName,
    searchText: foldForSearch(input.fullName),
    position: input.position ?? '',
    category: input.category,
    email: input.email ?? null,
    phone: input.phone ?? null,
    isPartyMember: input.isPartyMember ?? false,
    birthDate: input.birthDate ?? null,
  };
}

export async function createPerson(deps: OrgDeps, actor: Actor, input: PersonInput) {
  if (!canManageOrganisation(actor)) throw forbidden();
  const unit = await requireActiveUnit(deps, actor, input.unitId, 'body.unitId');
  if (input.email && (await repository.findEmailsTaken(deps.db, actor.agencyId, [input.email])).length > 0) throw emailTaken();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.insertPeople(tx, [{ id, agencyId: actor.agencyId, unitId: unit.id, unitPath: unit.path, ...personValues(input) }]);
    // Party membership is sensitive: the audit records that it was set, not its value.
    await recordAction(tx, auditContext(deps, actor), 'person.created', { type: 'person', id }, { ...input, isPartyMember: '[sensitive]' });
  });
  return getPerson(deps, actor, id);
}

export async function updatePerson(deps: OrgDeps, actor: Actor, id: string, input: z.infer<typeof updatePersonBody>) {
  if (!canManageOrganisation(actor)) throw forbidden();
  const before = await loadVisible(deps, actor, id);
  if (input.email && (await repository.findEmailsTaken(deps.db, actor.agencyId, [input.email], id)).length > 0) throw emailTaken();
  await deps.db.transaction(async (tx) => {
    await repository.updatePerson(tx, actor.agencyId, id, { ...personValues(input), updatedAt: deps.clock.now() });
    await recordAction(
      tx,
      auditContext(deps, actor),
      'person.updated',
      { type: 'person', id },
      {
        before: { fullName: before.fullName, position: before.position, category: before.category, email: before.email, phone: before.phone },
        after: { ...input, isPartyMember: before.isPartyMember === input.isPartyMember ? undefined : '[sensitive changed]' },
      },
    );
  });
  deps.names?.forget({ personIds: [id] });
  return getPerson(deps, actor, id);
}

export async function movePerson(deps: OrgDeps, actor: Actor, id: string, input: z.infer<typeof movePersonBody>) {
  if (!canManageOrganisation(actor)) throw forbidden();
  const before = await loadVisible(deps, actor, id);
  if (before.status !== 'active') throw invalidState('person_left', { vi: 'Người này đã nghỉ', en: 'This person has left' });
  const unit = await requireActiveUnit(deps, actor, input.unitId, 'body.unitId');
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await repository.updatePerson(tx, actor.agencyId, id, { unitId: unit.id, unitPath: unit.path, updatedAt: now });
    await repository.removeManagerRolesOf(tx, id);
    if (before.unitId !== unit.id)
      await repository.recordMove(tx, { agencyId: actor.agencyId, personId: id, fromUnitId: before.unitId, toUnitId: unit.id, now });
    await recordAction(
      tx,
      auditContext(deps, actor),
      'person.moved',
      { type: 'person', id },
      { before: { unitId: before.unitId }, after: { unitId: unit.id } },
    );
  });
  return getPerson(deps, actor, id);
}

/** Marks a person as having left: the record stays, their login is disabled and sessions end. */
export async function deactivatePerson(deps: OrgDeps, actor: Actor, id: string, input: z.infer<typeof deactivatePersonBody>) {
  if (!canManageOrganisation(actor)) throw forbidden();
  const before = await loadVisible(deps, actor, id);
  if (before.status !== 'active') throw invalidState('person_left', { vi: 'Người này đã nghỉ', en: 'This person has already left' });
  await deps.db.transaction(async (tx) => {
    await repository.updatePerson(tx, actor.agencyId, id, { status: 'left', leftOn: input.leftOn, updatedAt: deps.clock.now() });
    await repository.removeManagerRolesOf(tx, id);
    await deps.accounts.disableAccountOfPerson(tx, id);
    await recordAction(tx, auditContext(deps, actor), 'person.deactivated', { type: 'person', id }, input);
  });
  return getPerson(deps, actor, id);
}
