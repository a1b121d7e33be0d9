import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { CalendarCache } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';

/** Also what the work module needs to open the steps' tasks. */
export interface ProceduresDeps {
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
