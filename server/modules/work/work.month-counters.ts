import { and, asc, eq, sql } from 'drizzle-orm';
import type { TaskOutcome } from '../../../contracts/work.js';
import type { Db, Tx } from '../../db/client.js';
import { units, unitMonthCounters } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';

export interface MonthDelta {
  unitId: string;
  /** Local 'YYYY-MM' of the completion. */
  month: string;
  completedOnTime: number;
  completedLate: number;
}

interface CountedState {
  countedOutcome: TaskOutcome | null;
  completedAt: Date | null;
}

function completionOf(unitId: string, state: CountedState, sign: 1 | -1): MonthDelta | null {
  const isOnTime = state.countedOutcome === 'completed_on_time';
  if (!state.completedAt || (!isOnTime && state.countedOutcome !== 'completed_late')) return null;
  const month = localDateOf(state.completedAt).slice(0, 7);
  return { unitId, month, completedOnTime: isOnTime ? sign : 0, completedLate: isOnTime ? 0 : sign };
}

/**
 * What one task's change adds to the monthly counters: a completion counts in the month it happened,
 * so a task leaving "completed" is taken out of the month it was counted in, not the current one.
 */
export function monthDeltasOf(unitId: string, before: CountedState | null, after: CountedState): MonthDelta[] {
  const removed = before ? completionOf(unitId, before, -1) : null;
  const added = completionOf(unitId, after, 1);
  return [removed, added].filter((delta): delta is MonthDelta => delta !== null);
}

/** Adds the deltas to their units' months in one set-based upsert (rows summed first, so one row is never named twice). */
export async function addMonthCounters(tx: Tx, agencyId: string, deltas: MonthDelta[]) {
  const summed = new Map<string, MonthDelta>();
  for (const delta of deltas) {
    const key = `${delta.unitId}|${delta.month}`;
    const sum = summed.get(key) ?? { unitId: delta.unitId, month: delta.month, completedOnTime: 0, completedLate: 0 };
    sum.completedOnTime += delta.completedOnTime;
    sum.completedLate += delta.completedLate;
    summed.set(key, sum);
  }
  const rows = [...summed.values()].filter((row) => row.completedOnTime !== 0 || row.completedLate !== 0);
  if (rows.length === 0) return;
  const c = unitMonthCounters;
  await tx
    .insert(c)
    .values(rows.map((row) => ({ agencyId, ...row })))
    .onConflictDoUpdate({
      target: [c.agencyId, c.unitId, c.month],
      set: {
        completedOnTime: sql`${c.completedOnTime} + excluded.completed_on_time`,
        completedLate: sql`${c.completedLate} + excluded.completed_late`,
      },
    });
}

/** Per month from `fromMonth` to `toMonth` ('YYYY-MM'), the subtree's tasks completed and how many on time: units × months rows, never the tasks. */
export async function monthlyCompletions(
  db: Db | Tx,
  scope: { agencyId: string; unitPath: string; fromMonth: string; toMonth: string },
): Promise<{ month: string; completed: number; onTime: number }[]> {
  const c = unitMonthCounters;
  return db
    .select({
      month: c.month,
      completed: sql<number>`sum(${c.completedOnTime} + ${c.completedLate})`.mapWith(Number),
      onTime: sql<number>`sum(${c.completedOnTime})`.mapWith(Number),
    })
    .from(c)
    .innerJoin(units, eq(units.id, c.unitId))
    .where(
      and(eq(c.agencyId, scope.agencyId), sql`${units.path} like ${`${scope.unitPath}%`}`, sql`${c.month} between ${scope.fromMonth} and ${scope.toMonth}`),
    )
    .groupBy(c.month)
    .orderBy(asc(c.month));
}
