import type { Tx } from '../../db/client.js';
import { platformAuditEvents } from '../../db/schema/index.js';
import { NO_AGENCY } from '../../platform/actor.js';
import { type AuditEntry, recordAudit } from '../../platform/audit.js';

export type AccountEvent = Omit<AuditEntry, 'agencyId'>;

/** What a platform administrator does, and what is done to the platform: its own append-only log, in no agency's chain. */
export async function recordPlatformAudit(tx: Tx, event: AccountEvent) {
  await tx.insert(platformAuditEvents).values({
    occurredAt: event.occurredAt,
    actorUserId: event.actor.userId,
    actorName: event.actor.name,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    change: event.change,
  });
}

/** An account event: into its agency's hash chain, or the platform's log for an account in no agency. */
export async function recordAccountAudit(tx: Tx, agencyId: string | null, event: AccountEvent) {
  if (agencyId === null || agencyId === NO_AGENCY) return recordPlatformAudit(tx, event);
  await recordAudit(tx, { agencyId, ...event });
}
