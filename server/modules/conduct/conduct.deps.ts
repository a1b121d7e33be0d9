import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { type CalendarCache, loadWorkingCalendar } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';

export interface ConductDeps {
  db: Db;
  clock: Clock;
  /** Optional so other modules can call the public functions with just a database and a clock. */
  calendars?: CalendarCache;
  /** Needed by the evidence routes only; jobs, seeds and other modules leave it out. */
  files?: FileStore;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}

export function calendarOf(deps: ConductDeps, agencyId: string) {
  return deps.calendars ? deps.calendars.get(agencyId) : loadWorkingCalendar(deps.db, agencyId);
}
