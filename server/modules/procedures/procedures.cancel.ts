import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, invalidState } from '../../platform/errors.js';
import { findSourceTasks, runCommand } from '../work/index.js';
import { auditContext, type ProceduresDeps } from './procedures.deps.js';
import { canCancelRun } from './procedures.policy.js';
import * as repository from './procedures.repository.js';
import { visibleRun, withStepAuthority } from './procedures.runs.js';

const runEnded = () => invalidState('run_not_running', { vi: 'Quy trình đã kết thúc', en: 'The run has ended' });

/**
 * Stops a run with a reason. The open steps' tasks are cancelled first, each through the work
 * module's own cancel command (its rules and audit), under the authority of the procedure as when
 * the step opened; then the run and its remaining steps are closed in one transaction with the
 * audit row. Interrupted in between, the run is still running and the same cancel finishes it.
 */
export async function cancelRun(deps: ProceduresDeps, actor: Actor, runId: string, input: { reason: string }): Promise<void> {
  const { run, runSteps } = await visibleRun(deps, actor, runId);
  if (!canCancelRun(actor, run))
    throw forbidden({ vi: 'Chỉ người khởi tạo, trưởng đơn vị hoặc lãnh đạo dừng quy trình', en: 'Only the starter, the unit head or a leader stops a run' });
  if (run.state !== 'running') throw runEnded();

  const openSteps = runSteps.filter((s) => s.state === 'open');
  const tasks = (
    await findSourceTasks(
      deps.db,
      actor.agencyId,
      'procedure_step',
      openSteps.map((s) => s.id),
    )
  ).filter((task) => task.status !== 'completed' && task.status !== 'cancelled');
  // The work rule, checked for every task before any is cancelled: nobody drops a step given to them.
  if (tasks.some((task) => task.ownerId === actor.personId && task.assignerId !== actor.personId)) {
    throw forbidden({
      vi: 'Bạn đang giữ một bước của quy trình này: không tự dừng việc được giao',
      en: 'You hold a step of this run: nobody drops work given to them',
    });
  }
  const definitions = await repository.stepsOf(deps.db, [run.versionId]);
  const authority = await withStepAuthority(
    deps,
    actor,
    definitions.map((d) => d.unitId),
  );
  for (const task of tasks) await runCommand(deps, authority, task.id, { name: 'cancel', reason: input.reason });

  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const locked = await repository.lockRun(tx, actor.agencyId, runId);
    if (!locked || locked.state !== 'running') throw runEnded();
    const remaining = (await repository.runStepsOf(tx, runId)).filter((s) => s.state === 'waiting' || s.state === 'open');
    for (const step of remaining) await repository.updateRunStep(tx, step.id, { state: 'cancelled', ...(step.state === 'open' ? { handedOverAt: now } : {}) });
    await repository.updateRun(tx, runId, {
      state: 'cancelled',
      cancelledAt: now,
      cancelledById: actor.personId,
      cancelReason: input.reason,
      version: locked.version + 1,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      'procedure.run_cancelled',
      { type: 'procedure_run', id: runId },
      { reason: input.reason, cancelledSteps: remaining.map((s) => s.id), cancelledTasks: tasks.map((t) => t.id) },
    );
  });
}
