import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { type CalendarCache, loadWorkingCalendar } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';

export interface EvaluationDeps {
  db: Db;
  clock: Clock;
  calendars?: CalendarCache;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}

export function calendarOf(deps: EvaluationDeps, agencyId: string) {
  return deps.calendars ? deps.calendars.get(agencyId) : loadWorkingCalendar(deps.db, agencyId);
}
