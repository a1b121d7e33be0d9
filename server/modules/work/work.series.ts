import { and, desc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CreateSeriesBody, SeriesSchedule } from '../../../contracts/work-structure.js';
import { people, taskSeries, taskSeriesOccurrences, units } from '../../db/schema/index.js';
import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import { forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import { findNamed } from '../org/index.js';
import { auditContext, type WorkDeps } from './work.deps.js';
import { canAssignIn, managesUnitPath } from './work.policy.js';
import { nextDueDates } from './work.recurrence.js';
import { createOccurrence, materializeSeries, type SeriesRow } from './work.series-job.js';

const seriesNotFound = () => notFound({ vi: 'Không tìm thấy việc định kỳ', en: 'Recurring task not found' });
const owner = alias(people, 'series_owner');
const assigner = alias(people, 'series_assigner');

/** Whole-agency roles see every series; others those of the units they manage and their own. */
function audienceOf(actor: Actor): SQL | undefined {
  if (seesWholeAgency(actor)) return undefined;
  const me = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  return or(eq(taskSeries.ownerId, me), eq(taskSeries.assignerId, me), ...actor.managedUnitPaths.map((path) => sql`${taskSeries.unitPath} like ${path + '%'}`));
}

/** The assigner, the managers of the series' unit, leaders and administrators end or skip. */
const canManage = (actor: Actor, series: SeriesRow) =>
  series.assignerId === actor.personId || managesUnitPath(actor, series.unitPath) || hasRole(actor, 'leader', 'agency_admin', 'system_admin');

async function readSeries(deps: WorkDeps, actor: Actor, where: SQL | undefined, limit: number) {
  return deps.db
    .select({ series: taskSeries, ownerName: owner.fullName, assignerName: assigner.fullName, unitName: units.name })
    .from(taskSeries)
    .innerJoin(owner, eq(owner.id, taskSeries.ownerId))
    .innerJoin(assigner, eq(assigner.id, taskSeries.assignerId))
    .innerJoin(units, eq(units.id, taskSeries.unitId))
    .where(and(eq(taskSeries.agencyId, actor.agencyId), audienceOf(actor), where))
    .orderBy(desc(taskSeries.createdAt), desc(taskSeries.id))
    .limit(limit);
}

type ReadRow = Awaited<ReturnType<typeof readSeries>>[number];

/** Series with their occurrences of the last 90 days and the next three to come. */
async function present(deps: WorkDeps, actor: Actor, rows: ReadRow[]) {
  const today = localDateOf(deps.clock.now());
  const calendar = await deps.calendars.get(actor.agencyId);
  const ids = rows.map((row) => row.series.id);
  const recorded =
    ids.length === 0
      ? []
      : await deps.db
          .select()
          .from(taskSeriesOccurrences)
          .where(and(inArray(taskSeriesOccurrences.seriesId, ids), gte(taskSeriesOccurrences.occurrenceDate, addCalendarDays(today, -90))));
  return rows.map(({ series, ownerName, assignerName, unitName }) => {
    const mine = recorded.filter((o) => o.seriesId === series.id);
    const upcoming =
      series.status === 'active'
        ? nextDueDates(calendar, { schedule: series.schedule as SeriesSchedule, startsOn: series.startsOn }, today, 3 + mine.length).filter(
            (date) => !mine.some((o) => o.occurrenceDate === date),
          )
        : [];
    const occurrences = [
      ...mine.map((o) => ({
        date: o.occurrenceDate,
        state: o.taskId ? ('created' as const) : ('skipped' as const),
        taskId: o.taskId,
        skippedReason: o.skippedReason,
      })),
      ...upcoming.slice(0, 3).map((date) => ({ date, state: 'upcoming' as const, taskId: null, skippedReason: null })),
    ].sort((a, b) => (a.date < b.date ? -1 : 1));
    return {
      id: series.id,
      title: series.title,
      description: series.description,
      expectedOutput: series.expectedOutput,
      priority: series.priority,
      unit: { id: series.unitId, name: unitName },
      owner: { id: series.ownerId, fullName: ownerName },
      assigner: { id: series.assignerId, fullName: assignerName },
      schedule: series.schedule as SeriesSchedule,
      leadWorkingDays: series.leadWorkingDays,
      startsOn: series.startsOn,
      status: series.status,
      endReason: series.endReason,
      endedAt: series.endedAt?.toISOString() ?? null,
      occurrences,
      canManage: canManage(actor, series),
    };
  });
}

export async function listSeries(deps: WorkDeps, actor: Actor) {
  return { items: await present(deps, actor, await readSeries(deps, actor, undefined, 200)) };
}

async function findSeries(deps: WorkDeps, actor: Actor, id: string) {
  const [row] = await readSeries(deps, actor, eq(taskSeries.id, id), 1);
  if (!row) throw seriesNotFound();
  return row;
}

export async function getSeries(deps: WorkDeps, actor: Actor, id: string) {
  return (await present(deps, actor, [await findSeries(deps, actor, id)]))[0];
}

/**
 * Creates a series and, in the same transaction, its first occurrence as an ordinary task (which
 * checks the unit, the owner and the actor's right to assign, as any assignment does); later
 * occurrences come from the daily job, each its lead of working days before its due date.
 */
export async function createSeries(deps: WorkDeps, actor: Actor, input: CreateSeriesBody) {
  const { units: found } = await findNamed(deps.db, actor.agencyId, [input.unitId], []);
  const unit = found[0];
  if (!unit || !unit.isActive)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  if (!actor.personId || !canAssignIn(actor, unit.path, input.ownerId))
    throw forbidden({ vi: 'Chỉ giao việc trong phạm vi đơn vị mình phụ trách, hoặc tự nhận việc', en: 'Assign within the units you manage, or to yourself' });
  const now = deps.clock.now();
  const today = localDateOf(now);
  const calendar = await deps.calendars.get(actor.agencyId);
  const [first] = nextDueDates(calendar, { schedule: input.schedule, startsOn: input.startsOn }, today, 1);
  if (!first) throw validationError([{ field: 'body.schedule', message: { vi: 'Lịch không có lần nào', en: 'The schedule has no occurrence' } }]);
  const series: SeriesRow = {
    id: crypto.randomUUID(),
    agencyId: actor.agencyId,
    unitId: unit.id,
    unitPath: unit.path,
    title: input.title,
    description: input.description,
    expectedOutput: input.expectedOutput,
    priority: input.priority,
    ownerId: input.ownerId,
    assignerId: actor.personId,
    schedule: input.schedule,
    leadWorkingDays: input.leadWorkingDays,
    startsOn: input.startsOn,
    status: 'active',
    endedAt: null,
    endReason: null,
    createdAt: now,
    updatedAt: now,
  };
  // The series and its first occurrence are written in the occurrence task's one transaction.
  await createOccurrence(deps, actor, series, first, async (tx) => {
    await tx.insert(taskSeries).values(series);
    await recordAction(tx, auditContext(deps, actor, now), 'task_series.created', { type: 'task_series', id: series.id }, { ...input, firstDueDate: first });
  });
  await materializeSeries(deps, series, actor);
  return getSeries(deps, actor, series.id);
}

async function managedActiveSeries(deps: WorkDeps, actor: Actor, id: string) {
  const { series } = await findSeries(deps, actor, id);
  if (!canManage(actor, series))
    throw forbidden({
      vi: 'Chỉ người giao hoặc lãnh đạo đơn vị thay đổi việc định kỳ',
      en: 'Only the assigner or the unit’s managers change a recurring task',
    });
  if (series.status !== 'active') throw invalidState('series_ended', { vi: 'Việc định kỳ đã kết thúc', en: 'The recurring task has ended' });
  return series;
}

/** Skips one coming occurrence, with a reason; one already created is cancelled as a task instead. */
export async function skipOccurrence(deps: WorkDeps, actor: Actor, id: string, input: { date: string; reason: string }) {
  const series = await managedActiveSeries(deps, actor, id);
  const today = localDateOf(deps.clock.now());
  const calendar = await deps.calendars.get(actor.agencyId);
  const coming = nextDueDates(calendar, { schedule: series.schedule as SeriesSchedule, startsOn: series.startsOn }, today, 24);
  if (!coming.includes(input.date))
    throw validationError([{ field: 'body.date', message: { vi: 'Không phải một lần sắp tới của lịch', en: 'Not a coming occurrence of the schedule' } }]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(taskSeriesOccurrences)
      .values({
        seriesId: id,
        occurrenceDate: input.date,
        agencyId: actor.agencyId,
        taskId: null,
        skippedReason: input.reason,
        decidedByName: actor.displayName,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ date: taskSeriesOccurrences.occurrenceDate });
    if (inserted.length === 0)
      throw invalidState('occurrence_taken', {
        vi: 'Lần này đã được tạo hoặc đã bỏ qua; nhiệm vụ đã tạo thì hủy như mọi nhiệm vụ',
        en: 'This occurrence was already created or skipped; a created task is cancelled like any task',
      });
    await recordAction(tx, auditContext(deps, actor, now), 'task_series.occurrence_skipped', { type: 'task_series', id }, input);
  });
  return getSeries(deps, actor, id);
}

/** Ends a series, with a reason: no further occurrence is created; those created stay ordinary tasks. */
export async function endSeries(deps: WorkDeps, actor: Actor, id: string, input: { reason: string }) {
  await managedActiveSeries(deps, actor, id);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const ended = await tx
      .update(taskSeries)
      .set({ status: 'ended', endedAt: now, endReason: input.reason, updatedAt: now })
      .where(and(eq(taskSeries.id, id), eq(taskSeries.status, 'active')))
      .returning({ id: taskSeries.id });
    if (ended.length === 0) throw invalidState('series_ended', { vi: 'Việc định kỳ đã kết thúc', en: 'The recurring task has ended' });
    await recordAction(tx, auditContext(deps, actor, now), 'task_series.ended', { type: 'task_series', id }, input);
  });
  return getSeries(deps, actor, id);
}
