import { and, eq, inArray } from 'drizzle-orm';
import type { SeriesSchedule } from '../../../contracts/work-structure.js';
import { agencies, taskSeries, taskSeriesOccurrences, users } from '../../db/schema/index.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { DomainError } from '../../platform/errors.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { actorOfUsername } from '../auth/index.js';
import type { WorkDeps } from './work.deps.js';
import { occurrencesDue } from './work.recurrence.js';
import { assignTask } from './work.assign.js';

const JOB = 'work.recurring_tasks';

export type SeriesRow = typeof taskSeries.$inferSelect;

/** Another instance created (or someone skipped) this occurrence first: the task's transaction rolls back. */
class OccurrenceTaken extends Error {}

/** The series' assigner acting as they are today (their rights checked again, as for any task they assign). */
async function assignerActor(deps: WorkDeps, series: SeriesRow): Promise<Actor | null> {
  const [user] = await deps.db
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.agencyId, series.agencyId), eq(users.personId, series.assignerId), eq(users.isActive, true)))
    .limit(1);
  return user ? actorOfUsername(deps, user.username) : null;
}

/**
 * Creates one occurrence as an ordinary task (the same rules as any assignment) and records it under
 * the key (series, due date) in the task's transaction: a second attempt, from any instance, finds
 * the key taken and creates nothing. Answers with the task, or null when it already existed.
 */
export async function createOccurrence(deps: WorkDeps, actor: Actor, series: SeriesRow, dueDate: string, before?: (tx: Tx) => Promise<void>) {
  try {
    return await assignTask(
      deps,
      actor,
      {
        title: series.title,
        description: series.description,
        expectedOutput: series.expectedOutput,
        unitId: series.unitId,
        ownerId: series.ownerId,
        collaboratorIds: [],
        collaboratorUnitIds: [],
        priority: series.priority,
        startDate: localDateOf(deps.clock.now()),
        due: { kind: 'date', dueDate },
        source: { kind: 'ad_hoc' },
      },
      {
        inTransaction: async (tx, taskId) => {
          await before?.(tx);
          const inserted = await tx
            .insert(taskSeriesOccurrences)
            .values({
              seriesId: series.id,
              occurrenceDate: dueDate,
              agencyId: series.agencyId,
              taskId,
              decidedByName: actor.displayName,
              createdAt: deps.clock.now(),
            })
            .onConflictDoNothing()
            .returning({ date: taskSeriesOccurrences.occurrenceDate });
          if (inserted.length === 0) throw new OccurrenceTaken();
        },
      },
    );
  } catch (error) {
    if (error instanceof OccurrenceTaken) return null;
    throw error;
  }
}

/** Creates the occurrences of one series whose creation day has come and that do not exist yet. */
export async function materializeSeries(deps: WorkDeps, series: SeriesRow, actor?: Actor) {
  if (series.status !== 'active') return { created: 0, failed: 0 };
  const today = localDateOf(deps.clock.now());
  const calendar = await deps.calendars.get(series.agencyId);
  const due = occurrencesDue(
    calendar,
    { schedule: series.schedule as SeriesSchedule, startsOn: series.startsOn, leadWorkingDays: series.leadWorkingDays },
    today,
  );
  if (due.length === 0) return { created: 0, failed: 0 };
  const existing = await deps.db
    .select({ date: taskSeriesOccurrences.occurrenceDate })
    .from(taskSeriesOccurrences)
    .where(and(eq(taskSeriesOccurrences.seriesId, series.id), inArray(taskSeriesOccurrences.occurrenceDate, due)));
  const missing = due.filter((date) => !existing.some((row) => row.date === date));
  if (missing.length === 0) return { created: 0, failed: 0 };
  const acting = actor ?? (await assignerActor(deps, series));
  if (!acting) return { created: 0, failed: missing.length };
  let created = 0;
  let failed = 0;
  for (const date of missing) {
    try {
      if (await createOccurrence(deps, acting, series, date)) created++;
    } catch (error) {
      // The owner left, the assigner lost the unit…: the occurrence waits for someone to fix the series.
      if (!(error instanceof DomainError)) throw error;
      failed++;
    }
  }
  return { created, failed };
}

/**
 * The daily job: creates every occurrence whose day has come, for each active series of the agency.
 * Claimed per agency and local date in job_runs, so it runs once across instances; the key per
 * (series, date) keeps even a concurrent run from creating an occurrence twice.
 */
export async function runRecurringTasks(deps: WorkDeps, agencyId: string, runKey?: string) {
  const now = deps.clock.now();
  const key = runKey ?? localDateOf(now);
  if (!(await claimJobRun(deps.db, agencyId, JOB, key, now))) return { ran: false, created: 0, failed: 0 };
  const series = await deps.db
    .select()
    .from(taskSeries)
    .where(and(eq(taskSeries.agencyId, agencyId), eq(taskSeries.status, 'active')));
  let created = 0;
  let failed = 0;
  for (const row of series) {
    const result = await materializeSeries(deps, row);
    created += result.created;
    failed += result.failed;
  }
  await finishJobRun(deps.db, agencyId, JOB, key, deps.clock.now(), { series: series.length, created, failed });
  return { ran: true, created, failed };
}

export async function recurringTasksForAllAgencies(deps: WorkDeps) {
  const rows = await deps.db.select({ id: agencies.id }).from(agencies);
  for (const { id } of rows) await runRecurringTasks(deps, id);
}
