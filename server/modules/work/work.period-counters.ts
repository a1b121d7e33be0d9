import { and, asc, eq, sql } from 'drizzle-orm';
import type { TaskOutcome } from '../../../contracts/work.js';
import type { Db, Tx } from '../../db/client.js';
import { units, unitMonthCounters, unitWeekCounters } from '../../db/schema/index.js';
import { localDateOf, mondayOf } from '../../platform/calendar/dates.js';
import { summedByRow } from '../../platform/counter-deltas.js';

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

type Completion = { period: string; completedOnTime: number; completedLate: number };

function completionOf(state: CountedState, sign: 1 | -1, periodOf: (localDate: string) => string): Completion | null {
  const isOnTime = state.countedOutcome === 'completed_on_time';
  if (!state.completedAt || (!isOnTime && state.countedOutcome !== 'completed_late')) return null;
  return { period: periodOf(localDateOf(state.completedAt)), completedOnTime: isOnTime ? sign : 0, completedLate: isOnTime ? 0 : sign };
}

/**
 * A completion counts in the period it happened, so a task leaving "completed" is taken out of the
 * period it was counted in, not the current one.
 */
function completionDeltas(before: CountedState | null, after: CountedState, periodOf: (localDate: string) => string) {
  const removed = before ? completionOf(before, -1, periodOf) : null;
  return [removed, completionOf(after, 1, periodOf)].filter((delta): delta is Completion => delta !== null);
}

/** What one task's change adds to the monthly counters. */
export function monthDeltasOf(unitId: string, before: CountedState | null, after: CountedState): MonthDelta[] {
  return completionDeltas(before, after, (day) => day.slice(0, 7)).map(({ period, ...counts }) => ({ unitId, month: period, ...counts }));
}

export interface WeekDelta {
  unitId: string;
  /** Local Monday ('YYYY-MM-DD'). */
  week: string;
  completedOnTime: number;
  completedLate: number;
  transfers: number;
  extensions: number;
}

/** What one task's change adds to the weekly counters: completions in the week they happened, transfers and extensions in this week. */
export function weekDeltasOf(
  unitId: string,
  before: CountedState | null,
  after: CountedState,
  moves: { transfers: number; extensions: number; now: Date },
): WeekDelta[] {
  const completions = completionDeltas(before, after, mondayOf).map(({ period, ...counts }) => ({
    unitId,
    week: period,
    ...counts,
    transfers: 0,
    extensions: 0,
  }));
  const thisWeek = {
    unitId,
    week: mondayOf(localDateOf(moves.now)),
    completedOnTime: 0,
    completedLate: 0,
    transfers: moves.transfers,
    extensions: moves.extensions,
  };
  return [...completions, thisWeek];
}

/** Adds the deltas to their units' months in one set-based upsert. */
export async function addMonthCounters(tx: Tx, agencyId: string, deltas: MonthDelta[]) {
  const rows = summedByRow(deltas, (delta) => delta.month);
  if (rows.length === 0) return;
  const c = unitMonthCounters;
  await tx
    .insert(c)
    .values(rows.map((row) => ({ agencyId, ...row })))
    .onConflictDoUpdate({
      target: [c.agencyId, c.unitId, c.month],
      set: { completedOnTime: sql`${c.completedOnTime} + excluded.completed_on_time`, completedLate: sql`${c.completedLate} + excluded.completed_late` },
    });
}

/** Adds the deltas to their units' weeks in one set-based upsert. */
export async function addWeekCounters(tx: Tx, agencyId: string, deltas: WeekDelta[]) {
  const rows = summedByRow(deltas, (delta) => delta.week);
  if (rows.length === 0) return;
  const c = unitWeekCounters;
  await tx
    .insert(c)
    .values(rows.map((row) => ({ agencyId, ...row })))
    .onConflictDoUpdate({
      target: [c.agencyId, c.unitId, c.week],
      set: {
        completedOnTime: sql`${c.completedOnTime} + excluded.completed_on_time`,
        completedLate: sql`${c.completedLate} + excluded.completed_late`,
        transfers: sql`${c.transfers} + excluded.transfers`,
        extensions: sql`${c.extensions} + excluded.extensions`,
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
