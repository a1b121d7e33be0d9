import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { calendarDays } from '../../db/schema/index.js';
import { VIETNAM_CALENDAR_2023_2027 } from './holidays-vn.js';
import { WorkingCalendar } from './working-days.js';

/** Gives a new agency the official holidays and make-up days; administrators edit them later. */
export async function insertDefaultCalendar(tx: Tx, agencyId: string) {
  await tx.insert(calendarDays).values(VIETNAM_CALENDAR_2023_2027.map((entry) => ({ agencyId, ...entry })));
}

/** The agency's working calendar, read from its dated exceptions. */
export async function loadWorkingCalendar(db: Db | Tx, agencyId: string): Promise<WorkingCalendar> {
  const rows = await db.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays).where(eq(calendarDays.agencyId, agencyId));
  return new WorkingCalendar(rows);
}

/**
 * Working calendars per agency, read again after a minute: every task command needs one, and the
 * holidays change a few times a year. A calendar read again with the same days is the object held
 * before: its day table stays built, and what was computed with it (the task list's items, compared
 * by calendar identity) stays valid.
 */
export function createCalendarCache(db: Db, ttlMs = 60_000) {
  const cache = new Map<string, { calendar: Promise<WorkingCalendar>; loadedAt: number }>();
  return {
    get(agencyId: string): Promise<WorkingCalendar> {
      const hit = cache.get(agencyId);
      if (hit && Date.now() - hit.loadedAt < ttlMs) return hit.calendar;
      const held = hit?.calendar.catch(() => null);
      const calendar = loadWorkingCalendar(db, agencyId).then(async (loaded) => {
        const before = await held;
        return before?.hasSameDaysAs(loaded) ? before : loaded;
      });
      cache.set(agencyId, { calendar, loadedAt: Date.now() });
      calendar.catch(() => cache.delete(agencyId));
      return calendar;
    },
    forget(agencyId: string) {
      cache.delete(agencyId);
    },
  };
}
export type CalendarCache = ReturnType<typeof createCalendarCache>;
