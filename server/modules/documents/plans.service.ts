import type { CreatePlanBody, TargetInput } from '../../../contracts/plans.js';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { findPeople, findUnit } from '../org/index.js';
import type { TaskSourceVerifier } from '../work/index.js';
import { auditContext, type DocumentsDeps } from './documents.deps.js';
import { requirePlanWriter } from './documents.policy.js';
import * as documentsRepository from './documents.repository.js';
import { registerDocument } from './documents.service.js';
import * as repository from './plans.repository.js';

export const planNotFound = () => notFound({ vi: 'Không tìm thấy kế hoạch', en: 'Plan not found' });
export const targetNotFound = () => notFound({ vi: 'Không tìm thấy chỉ tiêu', en: 'Target not found' });

async function activeUnit(db: Db, agencyId: string, unitId: string, field: string) {
  const unit = await findUnit(db, agencyId, unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field, message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  return unit;
}

/** Registers the plan document, its plan record and its `implements` link in one transaction. */
export async function createPlan(deps: DocumentsDeps, actor: Actor, body: CreatePlanBody): Promise<string> {
  const unit = await activeUnit(deps.db, actor.agencyId, body.unitId, 'body.unitId');
  requirePlanWriter(actor, unit.path);
  const implemented = await documentsRepository.findDocumentRow(deps.db, actor.agencyId, body.implementsDocumentId);
  if (!implemented) {
    throw validationError([
      {
        field: 'body.implementsDocumentId',
        message: { vi: 'Văn bản được thực hiện không có trong sổ', en: 'The implemented document is not in the register' },
      },
    ]);
  }
  const now = deps.clock.now();
  const { implementsDocumentId: _ignored, unitId: _unit, objectives, ...document } = body;
  return registerDocument(deps, actor, { ...document, kind: 'plan' }, async (tx, id) => {
    await repository.insertPlan(tx, {
      documentId: id,
      agencyId: actor.agencyId,
      unitId: unit.id,
      unitPath: unit.path,
      objectives,
      createdAt: now,
      updatedAt: now,
    });
    await documentsRepository.insertRelation(tx, {
      id: crypto.randomUUID(),
      agencyId: actor.agencyId,
      documentId: id,
      kind: 'implements',
      targetDocumentId: implemented.id,
      createdAt: now,
    });
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'plan.created',
      { type: 'document', id },
      { unitId: unit.id, objectives, implements: { id: implemented.id, number: implemented.number } },
    );
  });
}

export async function updatePlan(deps: DocumentsDeps, actor: Actor, planId: string, body: { unitId: string; objectives: string }) {
  const plan = await repository.findPlanRow(deps.db, actor.agencyId, planId);
  if (!plan) throw planNotFound();
  requirePlanWriter(actor, plan.unitPath);
  const unit = await activeUnit(deps.db, actor.agencyId, body.unitId, 'body.unitId');
  requirePlanWriter(actor, unit.path);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repository.updatePlan(tx, planId, { unitId: unit.id, unitPath: unit.path, objectives: body.objectives, updatedAt: now });
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'plan.updated',
      { type: 'document', id: planId },
      {
        before: { unitId: plan.unitId, objectives: plan.objectives },
        after: { unitId: unit.id, objectives: body.objectives },
      },
    );
  });
}

/** A target's unit lies within the plan's unit; its one accountable person is an active member of the agency. */
async function checkTarget(deps: DocumentsDeps, actor: Actor, planUnitPath: string, input: TargetInput) {
  const unit = await activeUnit(deps.db, actor.agencyId, input.unitId, 'body.unitId');
  if (!unit.path.startsWith(planUnitPath)) {
    throw validationError([
      {
        field: 'body.unitId',
        message: { vi: 'Đơn vị chịu trách nhiệm phải thuộc đơn vị của kế hoạch', en: 'The accountable unit must belong to the plan’s unit' },
      },
    ]);
  }
  const [person] = await findPeople(deps.db, actor.agencyId, [input.accountablePersonId]);
  if (!person || person.status !== 'active') {
    throw validationError([
      { field: 'body.accountablePersonId', message: { vi: 'Người không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' } },
    ]);
  }
  return unit;
}

export async function addTarget(deps: DocumentsDeps, actor: Actor, planId: string, input: TargetInput): Promise<string> {
  const plan = await repository.findPlanRow(deps.db, actor.agencyId, planId);
  if (!plan) throw planNotFound();
  requirePlanWriter(actor, plan.unitPath);
  const unit = await checkTarget(deps, actor, plan.unitPath, input);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.lockPlan(tx, actor.agencyId, planId);
    const sortOrder = await repository.nextTargetOrder(tx, planId);
    await repository.insertTarget(tx, { id, agencyId: actor.agencyId, planId, ...input, unitPath: unit.path, sortOrder, createdAt: now, updatedAt: now });
    await recordAction(tx, auditContext(deps, actor, now), 'plan.target_added', { type: 'document', id: planId }, { targetId: id, after: input });
  });
  return id;
}

async function targetOfPlan(db: Db | Tx, agencyId: string, planId: string, targetId: string) {
  const target = await repository.findTargetRow(db, agencyId, targetId);
  if (!target || target.planId !== planId) throw targetNotFound();
  return target;
}

const targetFields = (row: repository.TargetRow) => ({
  metric: row.metric,
  unitOfMeasure: row.unitOfMeasure,
  targetValue: row.targetValue,
  reachedValue: row.reachedValue,
  deadline: row.deadline,
  unitId: row.unitId,
  accountablePersonId: row.accountablePersonId,
});

export async function updateTarget(deps: DocumentsDeps, actor: Actor, planId: string, targetId: string, input: TargetInput) {
  const plan = await repository.findPlanRow(deps.db, actor.agencyId, planId);
  if (!plan) throw planNotFound();
  const target = await targetOfPlan(deps.db, actor.agencyId, planId, targetId);
  requirePlanWriter(actor, plan.unitPath);
  const unit = await checkTarget(deps, actor, plan.unitPath, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repository.updateTarget(tx, targetId, { ...input, unitPath: unit.path, updatedAt: now });
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'plan.target_updated',
      { type: 'document', id: planId },
      { targetId, before: targetFields(target), after: input },
    );
  });
}

/**
 * Removes a target set by mistake. A target that tasks were assigned for stays (edit it instead):
 * those tasks name it as their source, and the traceability report follows them through it.
 */
export async function removeTarget(deps: DocumentsDeps, actor: Actor, planId: string, targetId: string) {
  const plan = await repository.findPlanRow(deps.db, actor.agencyId, planId);
  if (!plan) throw planNotFound();
  requirePlanWriter(actor, plan.unitPath);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const target = await repository.lockTarget(tx, actor.agencyId, targetId);
    if (!target || target.planId !== planId) throw targetNotFound();
    if (await repository.hasLinkedTasks(tx, actor.agencyId, targetId)) {
      throw invalidState('target_has_tasks', {
        vi: 'Chỉ tiêu đã có nhiệm vụ được giao nên không xóa được; hãy sửa chỉ tiêu',
        en: 'Tasks were assigned for this target, so it cannot be removed; edit it instead',
      });
    }
    await repository.deleteTarget(tx, targetId);
    await recordAction(tx, auditContext(deps, actor, now), 'plan.target_removed', { type: 'document', id: planId }, { targetId, before: targetFields(target) });
  });
}

/** The accountable person reports the value reached; the plan's writers may correct it. */
export const canUpdateReached = (actor: Actor, target: Pick<repository.TargetRow, 'accountablePersonId'>, canWrite: boolean) =>
  canWrite || (!!actor.personId && actor.personId === target.accountablePersonId);

export async function reportReached(
  deps: DocumentsDeps,
  actor: Actor,
  planId: string,
  targetId: string,
  reachedValue: number,
  canWrite: (planUnitPath: string) => boolean,
) {
  const plan = await repository.findPlanRow(deps.db, actor.agencyId, planId);
  if (!plan) throw planNotFound();
  const target = await targetOfPlan(deps.db, actor.agencyId, planId, targetId);
  if (!canUpdateReached(actor, target, canWrite(plan.unitPath))) {
    throw forbidden({
      vi: 'Chỉ người chịu trách nhiệm chỉ tiêu hoặc người quản lý kế hoạch được cập nhật kết quả',
      en: 'Only the accountable person or the plan’s managers report the value reached',
    });
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repository.updateTarget(tx, targetId, { reachedValue, updatedAt: now });
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'plan.target_reached',
      { type: 'document', id: planId },
      { targetId, before: { reachedValue: target.reachedValue }, after: { reachedValue } },
    );
  });
}

/**
 * For the work module (handed over in app.ts): a task may name a plan target as its source when the
 * target exists in the agency and the assigner may assign work in the target's unit.
 */
export const planTargetTaskSource: TaskSourceVerifier = async (db, actor, targetId) => {
  const target = await repository.findTargetRow(db, actor.agencyId, targetId);
  if (!target) throw validationError([{ field: 'body.source.id', message: { vi: 'Chỉ tiêu không tồn tại', en: 'Target unknown' } }]);
  if (!hasRole(actor, 'leader', 'agency_admin', 'system_admin') && !actor.managedUnitPaths.some((path) => target.unitPath.startsWith(path))) {
    throw forbidden({ vi: 'Chỉ giao việc thực hiện chỉ tiêu trong đơn vị mình phụ trách', en: 'Assign work for a target only within the units you manage' });
  }
  return target.id;
};
