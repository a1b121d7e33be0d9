import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { CACHE_BOUNDS, type CacheOptions, createCache } from '../cache.js';
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
 * Working calendars per agency: every task command needs one, and the holidays change a few times a
 * year. Staleness: an edit through this instance is seen at once (the calendar service calls
 * `forget`); one through another instance after CACHE_BOUNDS.calendars.ttlMs at most.
 */
export function createCalendarCache(db: Db, options: CacheOptions = CACHE_BOUNDS.calendars) {
  const cache = createCache<string, Promise<WorkingCalendar>>(options);
  return {
    get(agencyId: string): Promise<WorkingCalendar> {
      const held = cache.get(agencyId);
      if (held) return held;
      const calendar = loadWorkingCalendar(db, agencyId);
      cache.set(agencyId, calendar);
      calendar.catch(() => cache.delete(agencyId));
      return calendar;
    },
    forget(agencyId: string) {
      cache.delete(agencyId);
    },
  };
}
export type CalendarCache = ReturnType<typeof createCalendarCache>;
