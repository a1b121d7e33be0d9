import type { Db } from '../../db/client.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import type { AuditActor } from '../../platform/audit.js';
import type { CalendarCache } from '../../platform/calendar/calendar.repository.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';

export interface FeedbackDeps {
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
  files: FileStore;
  /** AES-256 key sealing reporters' identities (server/config.ts feedbackIdentityKeyOf). */
  identityKey: Buffer;
}

/** The public channel acts without an account; audit rows name the channel, never the person. */
export const reporterActor: AuditActor = { userId: null, name: 'Người phản ánh (kênh công khai)' };

export function auditContext(actor: Actor, now: Date) {
  return { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
}
