import { agencies } from '../../db/schema/index.js';
import { systemActor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { actorOfUsername } from '../auth/index.js';
import { findSourceTasks } from '../work/index.js';
import type { ProceduresDeps } from './procedures.deps.js';
import * as repository from './procedures.repository.js';
import { syncRun } from './procedures.runs.js';

const JOB = 'procedures.repair_runs';
const TASK_BATCH = 500;

export interface RepairResult {
  ran: boolean;
  checked: number;
  repaired: number;
  /** Runs left as they are: their starter has no active account to act for. */
  skipped: number;
}

/** One run an hour: a run stalled by a crash between two commands waits at most about that long. */
export const repairRunKey = (now: Date) => `${localDateOf(now)}T${String((now.getUTCHours() + 7) % 24).padStart(2, '0')}`;

/**
 * Finds the runs that stopped between two commands — a step's task accepted but the step not
 * handed over, or a step handed over and the next one never opened — and moves them on as the
 * task's command would have (syncRun, acting for the run's starter under the procedure's
 * authority). Idempotent: syncRun changes nothing on a run in line with its tasks. Runs once per
 * agency and hour across instances (job_runs).
 */
export async function repairRuns(deps: ProceduresDeps, agencyId: string, runKey?: string): Promise<RepairResult> {
  const now = deps.clock.now();
  const key = runKey ?? repairRunKey(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, key, now))) return { ran: false, checked: 0, repaired: 0, skipped: 0 };
  const { stalledRunIds, openSteps } = await repository.runsToRepair(deps.db, agencyId);
  const candidates = new Set(stalledRunIds);
  for (let i = 0; i < openSteps.length; i += TASK_BATCH) {
    const batch = openSteps.slice(i, i + TASK_BATCH);
    const tasks = await findSourceTasks(
      deps.db,
      agencyId,
      'procedure_step',
      batch.map((s) => s.id),
    );
    const moved = new Set(tasks.filter((t) => t.status !== 'assigned' && t.status !== 'in_progress').map((t) => t.sourceId));
    for (const step of batch) if (moved.has(step.id)) candidates.add(step.runId);
  }
  let repaired = 0;
  let skipped = 0;
  for (const runId of candidates) {
    const run = await repository.findRun(deps.db, agencyId, runId);
    const username = run && (await repository.activeUsernameOf(deps.db, run.startedById));
    if (!run || !username) {
      skipped++;
      continue;
    }
    const changes = await syncRun(deps, await actorOfUsername(deps, username), runId);
    if (changes === 0) continue;
    repaired++;
    await deps.db.transaction((tx) =>
      recordAction(tx, { agencyId, actor: systemActor, now }, 'procedure.run_repaired', { type: 'procedure_run', id: runId }, { changes, job: JOB }),
    );
  }
  const result = { ran: true, checked: candidates.size, repaired, skipped };
  await finishJobRun(deps.db, agencyId, JOB, key, deps.clock.now(), result);
  return result;
}

/** The repair for every agency, each claiming its own hour. */
export async function repairRunsForAllAgencies(deps: ProceduresDeps): Promise<void> {
  for (const { id } of await deps.db.select({ id: agencies.id }).from(agencies)) await repairRuns(deps, id);
}
