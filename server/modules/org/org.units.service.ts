import type { z } from 'zod';
import type { createUnitBody, moveUnitBody, setUnitManagersBody, updateUnitBody } from '../../../contracts/org.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { conflict, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { auditContext, type OrgDeps } from './org.deps.js';
import { canManageOrganisation } from './org.policy.js';
import { presentUnits } from './org.presenter.js';
import { findPeople } from './org.people.repository.js';
import * as repository from './org.units.repository.js';

const unitNotFound = () => notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
const codeTaken = () =>
  conflict('unit_code_taken', { vi: 'Mã đơn vị đã tồn tại', en: 'Unit code already exists' }, [
    { field: 'body.code', message: { vi: 'Mã đơn vị đã tồn tại', en: 'Unit code already exists' } },
  ]);

function requireManager(actor: Actor) {
  if (!canManageOrganisation(actor)) throw forbidden();
}

async function loadActiveUnit(deps: OrgDeps, actor: Actor, id: string, field: string) {
  const unit = await repository.findUnit(deps.db, actor.agencyId, id);
  if (!unit) throw validationError([{ field, message: { vi: 'Đơn vị không tồn tại', en: 'Unit does not exist' } }]);
  if (!unit.isActive) throw validationError([{ field, message: { vi: 'Đơn vị đã ngừng hoạt động', en: 'Unit is inactive' } }]);
  return unit;
}

/** The whole unit tree of the actor's agency, with heads and deputies. */
export async function listUnits(deps: OrgDeps, actor: Actor) {
  const [rows, managers] = await Promise.all([repository.listUnits(deps.db, actor.agencyId), repository.listManagers(deps.db, actor.agencyId)]);
  return presentUnits(actor, rows, managers);
}

async function presentOne(deps: OrgDeps, actor: Actor, id: string) {
  const row = await repository.findUnit(deps.db, actor.agencyId, id);
  if (!row) throw unitNotFound();
  return presentUnits(actor, [row], await repository.listManagers(deps.db, actor.agencyId, [id]))[0];
}

export async function createUnit(deps: OrgDeps, actor: Actor, input: z.infer<typeof createUnitBody>) {
  requireManager(actor);
  const parent = await loadActiveUnit(deps, actor, input.parentId, 'body.parentId');
  if (await repository.findUnitByCode(deps.db, actor.agencyId, input.code)) throw codeTaken();
  const id = await deps.db.transaction(async (tx) => {
    const unit = await repository.insertChildUnit(tx, parent, input);
    await recordAction(tx, auditContext(deps, actor), 'unit.created', { type: 'unit', id: unit.id }, input);
    return unit.id;
  });
  return presentOne(deps, actor, id);
}

export async function updateUnit(deps: OrgDeps, actor: Actor, id: string, input: z.infer<typeof updateUnitBody>) {
  requireManager(actor);
  const unit = await repository.findUnit(deps.db, actor.agencyId, id);
  if (!unit) throw unitNotFound();
  const sameCode = await repository.findUnitByCode(deps.db, actor.agencyId, input.code);
  if (sameCode && sameCode.id !== id) throw codeTaken();
  await deps.db.transaction(async (tx) => {
    await repository.updateUnit(tx, actor.agencyId, id, { ...input, searchText: foldForSearch(input.name), updatedAt: deps.clock.now() });
    await recordAction(
      tx,
      auditContext(deps, actor),
      'unit.updated',
      { type: 'unit', id },
      {
        before: { name: unit.name, code: unit.code, sortOrder: unit.sortOrder },
        after: input,
      },
    );
  });
  deps.names?.forget({ unitIds: [id] });
  return presentOne(deps, actor, id);
}

export async function moveUnit(deps: OrgDeps, actor: Actor, id: string, input: z.infer<typeof moveUnitBody>) {
  requireManager(actor);
  const unit = await repository.findUnit(deps.db, actor.agencyId, id);
  if (!unit) throw unitNotFound();
  if (!unit.parentId) throw invalidState('root_unit_fixed', { vi: 'Không thể chuyển đơn vị gốc', en: 'The root unit cannot be moved' });
  const parent = await loadActiveUnit(deps, actor, input.parentId, 'body.parentId');
  if (parent.path.startsWith(unit.path)) {
    throw validationError([
      { field: 'body.parentId', message: { vi: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới', en: 'Cannot move a unit under itself' } },
    ]);
  }
  await deps.db.transaction(async (tx) => {
    await repository.updateUnit(tx, actor.agencyId, id, { parentId: parent.id, updatedAt: deps.clock.now() });
    const moved = { agencyId: actor.agencyId, oldPath: unit.path, newPath: `${parent.path}${id}/` };
    await repository.moveSubtree(tx, moved, parent.depth + 1 - unit.depth);
    for (const hook of deps.onSubtreeMoved ?? []) await hook(tx, moved);
    await recordAction(
      tx,
      auditContext(deps, actor),
      'unit.moved',
      { type: 'unit', id },
      { before: { parentId: unit.parentId }, after: { parentId: parent.id } },
    );
  });
  return presentOne(deps, actor, id);
}

/** A unit is deactivated, never deleted; it must be empty of active units and people first. */
export async function deactivateUnit(deps: OrgDeps, actor: Actor, id: string) {
  requireManager(actor);
  const unit = await repository.findUnit(deps.db, actor.agencyId, id);
  if (!unit) throw unitNotFound();
  if (!unit.parentId) throw invalidState('root_unit_fixed', { vi: 'Không thể ngừng hoạt động đơn vị gốc', en: 'The root unit cannot be deactivated' });
  if (!unit.isActive) throw invalidState('unit_inactive', { vi: 'Đơn vị đã ngừng hoạt động', en: 'Unit is already inactive' });
  const remaining = await repository.countActiveInSubtree(deps.db, actor.agencyId, unit.path, unit.id);
  if (remaining.units > 0 || remaining.people > 0) {
    throw invalidState('unit_not_empty', {
      vi: `Đơn vị còn ${remaining.units} đơn vị trực thuộc và ${remaining.people} người đang hoạt động`,
      en: `The unit still has ${remaining.units} active sub-units and ${remaining.people} active people`,
    });
  }
  await deps.db.transaction(async (tx) => {
    await repository.updateUnit(tx, actor.agencyId, id, { isActive: false, updatedAt: deps.clock.now() });
    await recordAction(tx, auditContext(deps, actor), 'unit.deactivated', { type: 'unit', id }, {});
  });
  return presentOne(deps, actor, id);
}

export async function setUnitManagers(deps: OrgDeps, actor: Actor, id: string, input: z.infer<typeof setUnitManagersBody>) {
  requireManager(actor);
  const unit = await repository.findUnit(deps.db, actor.agencyId, id);
  if (!unit) throw unitNotFound();
  const wanted = [...new Set([...(input.headId ? [input.headId] : []), ...input.deputyIds])];
  const found = await findPeople(deps.db, actor.agencyId, wanted);
  const invalid = wanted.filter((pid) => !found.some((p) => p.id === pid && p.status === 'active'));
  if (invalid.length > 0) {
    throw validationError(
      invalid.map((pid) => ({
        field: pid === input.headId ? 'body.headId' : 'body.deputyIds',
        message: { vi: 'Người không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' },
      })),
    );
  }
  await deps.db.transaction(async (tx) => {
    await repository.replaceManagers(tx, actor.agencyId, id, input.headId, input.deputyIds);
    await recordAction(tx, auditContext(deps, actor), 'unit.managers_set', { type: 'unit', id }, input);
  });
  return presentOne(deps, actor, id);
}
