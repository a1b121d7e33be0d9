import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { CalendarCache } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';

export interface PrivacyDeps {
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
