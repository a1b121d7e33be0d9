import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';

export interface NewsDeps {
  db: Db;
  clock: Clock;
  files: FileStore;
}

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
