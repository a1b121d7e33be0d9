import type { StartRunBody } from '../../../contracts/procedures.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState, notFound, validationError, type FieldError } from '../../platform/errors.js';
import { findDocument } from '../documents/index.js';
import { findNamed } from '../org/index.js';
import { createTask, findSourceTasks } from '../work/index.js';
import { auditContext, type ProceduresDeps } from './procedures.deps.js';
import { canPromise, canSeeRun, canStartRunIn } from './procedures.policy.js';
import * as repository from './procedures.repository.js';
import { limitHoursOf, plannedDueDate, planSync, stepDueDate, workingHoursBetween } from './procedures.rules.js';
import { visibleVersion } from './procedures.service.js';

export const runNotFound = () => notFound({ vi: 'Không tìm thấy lượt thực hiện quy trình', en: 'Procedure run not found' });

/** The run and its steps when the actor may see it (the people named on its steps see it too), else 404. */
export async function visibleRun(deps: ProceduresDeps, actor: Actor, runId: string) {
  const run = await repository.findRun(deps.db, actor.agencyId, runId);
  const runSteps = run ? await repository.runStepsOf(deps.db, runId) : [];
  if (
    !run ||
    !canSeeRun(
      actor,
      run,
      runSteps.map((s) => s.personId),
    )
  )
    throw runNotFound();
  return { run, runSteps };
}

/** Starts a run of a published version: one named person per step, then the first steps' tasks open. */
export async function startRun(deps: ProceduresDeps, actor: Actor, versionId: string, input: StartRunBody): Promise<string> {
  const { version, procedure } = await visibleVersion(deps.db, actor, versionId);
  if (version.status !== 'published')
    throw invalidState('version_not_published', { vi: 'Chỉ thực hiện theo bản quy trình đang có hiệu lực', en: 'Only the version in force can be run' });
  if (!canStartRunIn(actor, procedure.unitPath))
    throw forbidden({ vi: 'Chỉ cán bộ của đơn vị áp dụng quy trình mới khởi tạo hồ sơ', en: 'Only staff of the procedure’s unit start runs' });
  const steps = await repository.stepsOf(deps.db, [versionId]);
  const chosen = new Map(input.people.map((p) => [p.stepId, p.personId]));
  const { people } = await findNamed(deps.db, actor.agencyId, [], [...chosen.values()]);
  const errors: FieldError[] = [];
  for (const [index, { stepId, personId }] of input.people.entries()) {
    if (!steps.some((s) => s.id === stepId))
      errors.push({ field: `body.people.${index}.stepId`, message: { vi: 'Bước không thuộc quy trình này', en: 'Step not in this procedure' } });
    if (!people.some((p) => p.id === personId && p.status === 'active'))
      errors.push({ field: `body.people.${index}.personId`, message: { vi: 'Cán bộ không tồn tại hoặc đã nghỉ', en: 'Person unknown or no longer active' } });
  }
  const personOf = (step: repository.StepWithNames) => chosen.get(step.id) ?? (step.personStatus === 'active' ? step.defaultPersonId : null);
  for (const step of steps) {
    if (personOf(step)) continue;
    errors.push({
      field: 'body.people',
      message: {
        vi: `Bước ${step.position} «${step.name}» chưa có người thực hiện: chọn một người`,
        en: `Step ${step.position} “${step.name}” has nobody named: choose a person`,
      },
    });
  }
  if (input.documentId && !(await findDocument(deps.db, actor.agencyId, input.documentId)))
    errors.push({ field: 'body.documentId', message: { vi: 'Văn bản không có trong sổ', en: 'Document not in the register' } });
  if (errors.length > 0) throw validationError(errors, { vi: 'Chưa thể bắt đầu quy trình', en: 'The run cannot start yet' });
  if (!actor.personId) throw forbidden({ vi: 'Tài khoản chưa gắn với cán bộ nào', en: 'This account is not linked to a person' });

  const now = deps.clock.now();
  const calendar = await deps.calendars.get(actor.agencyId);
  const withLimits = steps.map((step) => ({ ...step, limitHours: limitHoursOf(step) }));
  const runId = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.insertRun(
      tx,
      {
        id: runId,
        agencyId: actor.agencyId,
        procedureId: procedure.id,
        versionId,
        unitId: procedure.unitId,
        unitPath: procedure.unitPath,
        subjectTitle: input.subjectTitle,
        reference: input.reference,
        documentId: input.documentId,
        startedById: actor.personId!,
        startedAt: now,
        dueDate: plannedDueDate(calendar, now, withLimits),
      },
      withLimits.map((step) => ({
        id: crypto.randomUUID(),
        agencyId: actor.agencyId,
        runId,
        versionId,
        stepId: step.id,
        position: step.position,
        personId: personOf(step)!,
        limitHours: step.limitHours,
      })),
    );
    await recordAction(
      tx,
      auditContext(actor, now),
      'procedure.run_started',
      { type: 'procedure_run', id: runId },
      { procedureId: procedure.id, versionId, edition: version.edition },
    );
  });
  await syncRun(deps, actor, runId);
  return runId;
}

/**
 * Brings a run in line with its steps' tasks: hands over the steps whose result was accepted,
 * completes the run after the last one, then opens the tasks of the steps whose turn has come.
 * Safe to call any number of times: a step's task is linked only while the step still waits.
 */
export async function syncRun(deps: ProceduresDeps, actor: Actor, runId: string): Promise<number> {
  const calendar = await deps.calendars.get(actor.agencyId);
  const { moved, toOpen } = await deps.db.transaction(async (tx) => {
    const run = await repository.lockRun(tx, actor.agencyId, runId);
    if (!run || run.state !== 'running') return { moved: 0, toOpen: [] };
    const runSteps = await repository.runStepsOf(tx, runId);
    const tasks = new Map(
      (
        await findSourceTasks(
          tx,
          actor.agencyId,
          'procedure_step',
          runSteps.filter((s) => s.taskId).map((s) => s.id),
        )
      ).map((t) => [t.sourceId, t]),
    );
    const definitions = new Map((await repository.stepsOf(tx, [run.versionId])).map((s) => [s.id, s]));
    const plan = planSync(
      runSteps.map((s) => ({
        stepId: s.id,
        position: s.position,
        isParallel: definitions.get(s.stepId)!.isParallel,
        needsAcceptance: definitions.get(s.stepId)!.needsAcceptance,
        state: s.state,
        taskStatus: tasks.get(s.id)?.status ?? null,
      })),
    );
    const now = deps.clock.now();
    for (const id of plan.finish) {
      const step = runSteps.find((s) => s.id === id)!;
      const handedOverAt = tasks.get(id)!.completedAt ?? now;
      const usedHours = workingHoursBetween(calendar, step.receivedAt ?? run.startedAt, handedOverAt);
      await repository.updateRunStep(tx, id, { state: 'done', handedOverAt, usedHours, isLate: usedHours > step.limitHours });
    }
    for (const id of plan.cancel) await repository.updateRunStep(tx, id, { state: 'cancelled', handedOverAt: now });
    if (plan.isRunComplete) await repository.updateRun(tx, runId, { state: 'completed', completedAt: now, version: run.version + 1 });
    if (plan.finish.length + plan.cancel.length > 0) {
      await recordAction(
        tx,
        auditContext(actor, now),
        plan.isRunComplete ? 'procedure.run_completed' : 'procedure.run_advanced',
        { type: 'procedure_run', id: runId },
        { handedOver: plan.finish, cancelled: plan.cancel },
      );
    }
    const toOpen = plan.open.map((id) => ({
      run,
      step: runSteps.find((s) => s.id === id)!,
      definition: definitions.get(runSteps.find((s) => s.id === id)!.stepId)!,
    }));
    return { moved: plan.finish.length + plan.cancel.length, toOpen };
  });
  let opened = 0;
  for (const { run, step, definition } of toOpen) if (await openStep(deps, actor, run, step, definition)) opened++;
  return moved + opened;
}

class StepAlreadyOpen extends Error {}

/**
 * The actor acting for the published procedure (approved by the unit's head), which already names
 * who does each step: it manages the steps' units for the steps' tasks, as their assigner would.
 */
export async function withStepAuthority(deps: ProceduresDeps, actor: Actor, unitIds: string[]): Promise<Actor> {
  const unitPaths = (await findNamed(deps.db, actor.agencyId, [...new Set(unitIds)], [])).units.map((u) => u.path);
  return { ...actor, managedUnitPaths: [...actor.managedUnitPaths, ...unitPaths] };
}

/**
 * Opens one step's task, assigned by whoever moved the run on, under the authority of the published
 * procedure (approved by the unit's head), which already names who does the step.
 */
async function openStep(
  deps: ProceduresDeps,
  actor: Actor,
  run: repository.RunRow,
  step: repository.RunStepRow,
  definition: repository.StepWithNames,
): Promise<boolean> {
  const now = deps.clock.now();
  const calendar = await deps.calendars.get(actor.agencyId);
  const dueDate = stepDueDate(calendar, now, step.limitHours);
  const assigner = await withStepAuthority(deps, actor, [definition.unitId]);
  const body = {
    title: `Bước ${definition.position}. ${definition.name}: ${run.subjectTitle}`.slice(0, 300),
    description: [definition.inputs && `Đầu vào: ${definition.inputs}`, run.reference && `Hồ sơ: ${run.reference}`].filter(Boolean).join('\n'),
    expectedOutput: (definition.outputs || definition.name).slice(0, 1000),
    unitId: definition.unitId,
    ownerId: step.personId,
    collaboratorIds: [],
    collaboratorUnitIds: [],
    priority: 'normal' as const,
    startDate: localDateOf(now),
    due: { kind: 'date' as const, dueDate },
    source: { kind: 'procedure_step' as const, id: step.id },
  };
  try {
    await createTask(deps, assigner, body, {
      isSourceVerified: true,
      inTransaction: async (tx: Tx, taskId: string) => {
        if (!(await repository.claimRunStep(tx, step.id, { taskId, receivedAt: now, dueDate }))) throw new StepAlreadyOpen();
        await recordAction(
          tx,
          auditContext(actor, now),
          'procedure.step_opened',
          { type: 'procedure_run', id: run.id },
          { stepId: step.stepId, taskId, ownerId: step.personId, dueDate },
        );
      },
    });
    return true;
  } catch (error) {
    if (!(error instanceof StepAlreadyOpen)) throw error;
    return false;
  }
}

/** The run a task of a step belongs to, when the task comes from a procedure step. */
export async function syncRunOfStep(deps: ProceduresDeps, actor: Actor, runStepId: string) {
  const step = await repository.findRunStep(deps.db, actor.agencyId, runStepId);
  if (step) await syncRun(deps, actor, step.runId);
}

/** The run will miss its overall limit: the reason and a new promised date are kept and counted. */
export async function promiseRun(deps: ProceduresDeps, actor: Actor, runId: string, input: { promisedDate: string; reason: string }) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const run = await repository.lockRun(tx, actor.agencyId, runId);
    const people = run ? (await repository.runStepsOf(tx, runId)).map((s) => s.personId) : [];
    if (!run || !canSeeRun(actor, run, people)) throw runNotFound();
    if (!canPromise(actor, run))
      throw forbidden({ vi: 'Chỉ người khởi tạo hoặc trưởng đơn vị hẹn lại ngày', en: 'Only the starter or the unit head sets a new date' });
    if (run.state !== 'running') throw invalidState('run_not_running', { vi: 'Quy trình đã kết thúc', en: 'The run has ended' });
    const floor = run.promisedDate ?? run.dueDate;
    if (input.promisedDate <= floor || input.promisedDate < localDateOf(now)) {
      throw validationError([
        {
          field: 'body.promisedDate',
          message: { vi: 'Ngày hẹn mới phải sau hạn hiện tại và chưa qua', en: 'The new date must follow the current limit and not be past' },
        },
      ]);
    }
    await repository.updateRun(tx, runId, {
      promisedDate: input.promisedDate,
      promiseReason: input.reason,
      promiseCount: run.promiseCount + 1,
      version: run.version + 1,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      'procedure.run_promised',
      { type: 'procedure_run', id: runId },
      { before: floor, after: input.promisedDate, reason: input.reason },
    );
  });
}
