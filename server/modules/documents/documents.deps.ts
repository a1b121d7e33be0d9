import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';

export interface DocumentsDeps {
  db: Db;
  clock: Clock;
  /** Needed by the file routes only; seeds leave it out. */
  files?: FileStore;
}

export function auditContext(deps: DocumentsDeps, actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
