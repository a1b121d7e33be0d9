import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';

export interface ScheduleDeps {
  db: Db;
  clock: Clock;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
