import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { openTaskStatuses, taskSignalLabels } from '../../../contracts/work.js';
import { agencies, tasks } from '../../db/schema/index.js';
import { canonicalJson } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { notifyPeople } from '../notifications/index.js';
import { listManagers } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { outcomeDelta, stateColumns, toTaskState } from './work.state.js';
import { outcomeOf } from './work.state.js';
import * as repository from './work.repository.js';
import { computeSignals, defaultSignalSettings, withEscalation } from './work.signals.js';
import { standingSignalDates, standingSignalNotice } from './work.standing-signals.js';
import { contextAt } from './work.state.js';

const JOB = 'work.signal_sweep';
const BATCH = 500;

export interface SweepResult {
  ran: boolean;
  checked: number;
  changed: number;
}

/**
 * Recomputes the signals and outcomes of every open task of an agency, moves dashboard counters
 * for tasks that fell overdue by time alone, and tells the owner, then the managers up the tree,
 * of signals that persist; standing ones (bounced, extended) go to the assigner and unit head first. Runs once per run key (a local date) even with several instances
 * (platform/jobs.ts). Notifications carry a dedupe key,
 * so a rerun never notifies twice for the same facts.
 */
export async function runSignalSweep(deps: WorkDeps, agencyId: string, runKey?: string): Promise<SweepResult> {
  const now = deps.clock.now();
  const key = runKey ?? localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, key, now))) return { ran: false, checked: 0, changed: 0 };

  const calendar = await deps.calendars.get(agencyId);
  const today = localDateOf(now);
  const headsByUnit = new Map<string, string[]>();
  for (const manager of await listManagers(deps.db, agencyId)) {
    if (manager.role === 'head') headsByUnit.set(manager.unitId, [...(headsByUnit.get(manager.unitId) ?? []), manager.personId]);
  }
  let after: [string, string] | null = null;
  let checked = 0;
  let changed = 0;
  for (;;) {
    const batch: repository.TaskRow[] = await deps.db
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.agencyId, agencyId),
          inArray(tasks.status, openTaskStatuses),
          after ? sql`(${tasks.dueDate}, ${tasks.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(tasks.dueDate), asc(tasks.id))
      .limit(BATCH);
    if (batch.length === 0) break;
    await deps.db.transaction(async (tx) => {
      // Summed per unit and written at the end of the batch in one statement. Written per task, a
      // unit's counters stayed locked for the rest of the batch: commands on that unit (holding
      // their task and audit lane) waited for it, or deadlocked with it on the next task's row.
      const unitDeltas = new Map<string, repository.CounterDelta>();
      const standingDates = await standingSignalDates(tx, agencyId, batch, deps.signalSettings ?? defaultSignalSettings);
      for (const row of batch) {
        const state = toTaskState(row);
        const signals = withEscalation(computeSignals(state, calendar, contextAt(now), deps.signalSettings), today, calendar, deps.signalSettings);
        const columns = stateColumns(state, signals, outcomeOf(state, now));
        // jsonb returns keys in its own order: compare canonically, or every task looks changed.
        if (canonicalJson(row.signals) !== canonicalJson(signals) || row.countedOutcome !== columns.countedOutcome) {
          changed++;
          await repository.updateTask(tx, row.id, { signals, signalKinds: columns.signalKinds, countedOutcome: columns.countedOutcome });
          const delta = outcomeDelta(row.countedOutcome, columns.countedOutcome);
          const sum = unitDeltas.get(row.unitId) ?? { open: 0, overdue: 0, completedOnTime: 0, completedLate: 0, transfers: 0, extensions: 0 };
          for (const key of Object.keys(delta) as (keyof typeof delta)[]) sum[key] += delta[key];
          unitDeltas.set(row.unitId, sum);
        }
        for (const signal of signals.filter((s) => s.since)) {
          const recipients = signal.level === 0 ? [row.ownerId] : escalationTargets(row.unitPath, signal.level, headsByUnit);
          const label = taskSignalLabels[signal.kind];
          await notifyPeople(tx, {
            agencyId,
            personIds: recipients,
            kind: 'signal',
            title: { vi: `Cảnh báo "${label.vi}": ${row.title}`, en: `Warning "${label.en}": ${row.title}` },
            subject: { type: 'task', id: row.id },
            signal: { kind: signal.kind, level: signal.level },
            dedupeKey: `signal:${row.id}:${signal.kind}:${signal.since}:${signal.level}`,
            now,
          });
        }
        // Standing signals (bounced, extended) have no clock in the rules: their clock is when they appeared.
        for (const signal of signals.filter((s) => !s.since)) {
          const since = standingDates.get(row.id)?.[signal.kind];
          if (!since) continue;
          const headsAt = (unitPath: string, level: number) => escalationTargets(unitPath, level, headsByUnit);
          const { level, recipients } = standingSignalNotice(row, since, today, calendar, deps.signalSettings ?? defaultSignalSettings, headsAt);
          const label = taskSignalLabels[signal.kind];
          await notifyPeople(tx, {
            agencyId,
            personIds: recipients,
            kind: 'signal',
            title: { vi: `Cảnh báo "${label.vi}": ${row.title}`, en: `Warning "${label.en}": ${row.title}` },
            subject: { type: 'task', id: row.id },
            signal: { kind: signal.kind, level },
            dedupeKey: `signal:${row.id}:${signal.kind}:${since}:${level}`,
            now,
          });
        }
      }
      await repository.addUnitsCounters(tx, agencyId, unitDeltas, batch[0].id);
    });
    checked += batch.length;
    const last = batch[batch.length - 1];
    after = [last.dueDate, last.id];
  }
  await finishJobRun(deps.db, agencyId, JOB, key, deps.clock.now(), { checked, changed });
  return { ran: true, checked, changed };
}

/** Level 1 is the head of the task's unit, level 2 the head of its parent, …; above the root, the root's head. */
export function escalationTargets(unitPath: string, level: number, headsByUnit: Map<string, string[]>): string[] {
  const lineage = unitPath.split('/').filter(Boolean).reverse();
  for (let index = Math.min(level - 1, lineage.length - 1); index < lineage.length; index++) {
    const heads = headsByUnit.get(lineage[index]);
    if (heads?.length) return heads;
  }
  return [];
}

/** Sweeps every agency; started by the server on a timer, safe to call from several instances. */
export async function sweepAllAgencies(deps: WorkDeps) {
  const rows = await deps.db.select({ id: agencies.id }).from(agencies);
  for (const { id } of rows) await runSignalSweep(deps, id);
}
