import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';

export interface OrgDeps {
  db: Db;
  clock: Clock;
}

export function auditContext(deps: OrgDeps, actor: Actor) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now: deps.clock.now() };
}
