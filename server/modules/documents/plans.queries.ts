import type { Plan, TargetRef, Traceability, TraceLine } from '../../../contracts/plans.js';
import type { Actor } from '../../platform/actor.js';
import type { DocumentsDeps } from './documents.deps.js';
import { canWritePlan } from './documents.policy.js';
import { presentRef } from './documents.presenter.js';
import * as documentsRepository from './documents.repository.js';
import { emptyProgress, rollupOfPlans, TRACE_LINE_CAP, traceRows, type TraceRow } from './documents.rollup.js';
import { getDocument } from './documents.queries.js';
import { documentNotFound } from './documents.service.js';
import * as repository from './plans.repository.js';
import { canUpdateReached, planNotFound, targetNotFound } from './plans.service.js';

/** A plan with its targets and their progress per target, per accountable unit and overall. Everyone in the agency reads it. */
export async function getPlan(deps: DocumentsDeps, actor: Actor, planId: string): Promise<Plan> {
  const plan = await repository.findPlanRow(deps.db, actor.agencyId, planId);
  if (!plan) throw planNotFound();
  const now = deps.clock.now();
  const [document, targets, implemented, planUnitName, rollup] = await Promise.all([
    getDocument(deps, actor, planId),
    repository.listTargetsWithNames(deps.db, planId),
    repository.implementedDocuments(deps.db, planId),
    repository.unitName(deps.db, plan.unitId),
    rollupOfPlans(deps.db, actor.agencyId, [planId], now),
  ]);
  const canWrite = canWritePlan(actor, plan.unitPath);
  const unitNames = new Map(targets.map((row) => [row.target.unitId, row.unitName]));
  return {
    document,
    implements: implemented.map((row) => presentRef(row.document)),
    unit: { id: plan.unitId, name: planUnitName },
    objectives: plan.objectives,
    targets: targets.map(({ target, unitName, personName }) => ({
      id: target.id,
      metric: target.metric,
      unitOfMeasure: target.unitOfMeasure,
      targetValue: target.targetValue,
      reachedValue: target.reachedValue,
      deadline: target.deadline,
      unit: { id: target.unitId, name: unitName },
      accountablePerson: { id: target.accountablePersonId, fullName: personName },
      progress: rollup.byTarget.get(target.id) ?? emptyProgress(),
      canUpdateReached: canUpdateReached(actor, target, canWrite),
      updatedAt: target.updatedAt.toISOString(),
    })),
    progress: rollup.byPlan.get(planId) ?? emptyProgress(),
    byUnit: [...rollup.byUnit.entries()].map(([unitId, progress]) => ({ unit: { id: unitId, name: unitNames.get(unitId) ?? '' }, ...progress })),
    canWrite,
  };
}

const toNumber = (value: string | number | null) => (value === null ? 0 : Number(value));

function lineOf(row: TraceRow, plan: TraceLine['plan']): TraceLine {
  return {
    plan,
    target: row.target_id
      ? {
          id: row.target_id,
          metric: row.metric!,
          unitOfMeasure: row.unit_of_measure!,
          targetValue: toNumber(row.target_value),
          reachedValue: toNumber(row.reached_value),
          deadline: row.deadline!,
          unit: { id: row.target_unit_id!, name: row.target_unit_name! },
          accountablePerson: { id: row.person_id!, fullName: row.person_name! },
        }
      : null,
    task: row.task_id
      ? {
          id: row.task_id,
          title: row.task_title!,
          status: row.task_status!,
          outcome: row.task_outcome,
          dueDate: row.task_due!,
          owner: { id: row.owner_id!, fullName: row.owner_name! },
          unit: { id: row.task_unit_id!, name: row.task_unit_name! },
        }
      : null,
  };
}

/**
 * Directive → plans → targets → tasks → outcome, one line per task (or per target, or plan, still without
 * one), each naming who answers for it. The plans are the agency's public programme, so everyone in the
 * agency reads it; a task's own page keeps its own visibility rules.
 */
export async function traceability(deps: DocumentsDeps, actor: Actor, documentId: string): Promise<Traceability> {
  const document = await documentsRepository.findDocumentRow(deps.db, actor.agencyId, documentId);
  if (!document) throw documentNotFound();
  const now = deps.clock.now();
  const plans = await repository.plansImplementing(deps.db, actor.agencyId, documentId);
  const planIds = plans.map((row) => row.plan.documentId);
  const [rows, rollup] = await Promise.all([traceRows(deps.db, actor.agencyId, planIds, now), rollupOfPlans(deps.db, actor.agencyId, planIds, now)]);
  const planRefs = new Map(
    plans.map((row) => [
      row.plan.documentId,
      { id: row.document.id, number: row.document.number, title: row.document.title, unit: { id: row.plan.unitId, name: row.unitName } },
    ]),
  );
  return {
    document: { ...presentRef(document), issuingBody: document.issuingBody },
    progress: rollup.total,
    lines: rows.slice(0, TRACE_LINE_CAP).map((row) => lineOf(row, planRefs.get(row.plan_id)!)),
    truncated: rows.length > TRACE_LINE_CAP,
  };
}

/** A target as tasks show their source; like the plan, readable by everyone in the agency. */
export async function getTargetRef(deps: DocumentsDeps, actor: Actor, targetId: string): Promise<TargetRef> {
  const row = await repository.findTargetRef(deps.db, actor.agencyId, targetId);
  if (!row) throw targetNotFound();
  const { target } = row;
  return {
    id: target.id,
    metric: target.metric,
    unitOfMeasure: target.unitOfMeasure,
    deadline: target.deadline,
    accountablePerson: { id: target.accountablePersonId, fullName: row.personName },
    plan: { id: target.planId, number: row.planNumber, title: row.planTitle },
  };
}
