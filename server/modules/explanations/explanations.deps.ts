import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { type CalendarCache, loadWorkingCalendar } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';

export interface ExplanationsDeps {
  db: Db;
  clock: Clock;
  /** Optional so the job and the seed can run with a database and a clock alone. */
  calendars?: CalendarCache;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}

export function calendarOf(deps: ExplanationsDeps, agencyId: string) {
  return deps.calendars ? deps.calendars.get(agencyId) : loadWorkingCalendar(deps.db, agencyId);
}
