import { and, asc, between, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { setCalendarDayBody } from '../../../contracts/calendar.js';
import type { Db } from '../../db/client.js';
import { calendarDays } from '../../db/schema/index.js';
import { type Actor, auditActorOf, isAdministrator } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import type { CalendarCache } from '../../platform/calendar/calendar.repository.js';
import { weekdayOf } from '../../platform/calendar/dates.js';
import type { Clock } from '../../platform/clock.js';
import { forbidden, notFound, validationError } from '../../platform/errors.js';

export interface CalendarDeps {
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
}

/** The dated exceptions to Monday–Friday of one year: holidays, compensatory days off, make-up working days. */
export async function listYear(deps: CalendarDeps, actor: Actor, year: number) {
  const days = await deps.db
    .select({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name })
    .from(calendarDays)
    .where(and(eq(calendarDays.agencyId, actor.agencyId), between(calendarDays.day, `${year}-01-01`, `${year}-12-31`)))
    .orderBy(asc(calendarDays.day));
  return { year, days };
}

/** "N working days from `from`", counted exactly as a task's working-day deadline is (the form shows it while typed). */
export async function workingDaysFrom(deps: CalendarDeps, actor: Actor, from: string, days: number) {
  const calendar = await deps.calendars.get(actor.agencyId);
  return { from, days, dueDate: calendar.addWorkingDays(from, days) };
}

/** Whether a picked date is a working day, and the next one: the form warns before a deadline lands on a holiday. */
export async function workingDayOf(deps: CalendarDeps, actor: Actor, date: string) {
  const calendar = await deps.calendars.get(actor.agencyId);
  return { date, isWorkingDay: calendar.isWorkingDay(date), nextWorkingDay: calendar.nextWorkingDay(date) };
}

/** Adds or changes a day; only administrators keep the calendar every deadline depends on. */
export async function setDay(deps: CalendarDeps, actor: Actor, day: string, input: z.infer<typeof setCalendarDayBody>) {
  if (!isAdministrator(actor)) throw forbidden();
  const isWeekend = [0, 6].includes(weekdayOf(day));
  if (input.kind === 'makeup_workday' && !isWeekend) {
    throw validationError([
      { field: 'body.kind', message: { vi: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật', en: 'A make-up working day must fall on a weekend' } },
    ]);
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(calendarDays)
      .values({ agencyId: actor.agencyId, day, ...input })
      .onConflictDoUpdate({ target: [calendarDays.agencyId, calendarDays.day], set: input });
    await recordAction(tx, { agencyId: actor.agencyId, actor: auditActorOf(actor), now }, 'calendar.day_set', { type: 'calendar_day', id: day }, input);
  });
  deps.calendars.forget(actor.agencyId);
  return { day, ...input };
}

export async function removeDay(deps: CalendarDeps, actor: Actor, day: string) {
  if (!isAdministrator(actor)) throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const removed = await tx
      .delete(calendarDays)
      .where(and(eq(calendarDays.agencyId, actor.agencyId), eq(calendarDays.day, day)))
      .returning();
    if (removed.length === 0) throw notFound({ vi: 'Ngày này không có trong lịch', en: 'This day is not in the calendar' });
    await recordAction(
      tx,
      { agencyId: actor.agencyId, actor: auditActorOf(actor), now },
      'calendar.day_removed',
      { type: 'calendar_day', id: day },
      { before: removed[0] },
    );
  });
  deps.calendars.forget(actor.agencyId);
  return { ok: true as const };
}
