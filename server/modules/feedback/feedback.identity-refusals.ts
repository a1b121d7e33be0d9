import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { DomainError } from '../../platform/errors.js';
import { auditContext, type FeedbackDeps } from './feedback.deps.js';

/**
 * A refused attempt to open a reporter's identity is audited too (who, which report, why refused,
 * the stated purpose), in its own transaction because the attempt's own one rolls back.
 */
export async function auditRefusedIdentityRead(deps: FeedbackDeps, actor: Actor, reportId: string, purpose: string, error: unknown) {
  if (!(error instanceof DomainError)) return;
  await deps.db.transaction(async (tx) => {
    await recordAction(
      tx,
      auditContext(actor, deps.clock.now()),
      'public_report.identity_read_refused',
      { type: 'public_report', id: reportId },
      { purpose, refusal: error.code },
    );
  });
}
