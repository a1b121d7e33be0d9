import type { Actor } from '../../platform/actor.js';
import { auditActorOf } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { invalidState, notFound } from '../../platform/errors.js';
import { SESSION_IDLE_MINUTES } from './auth.rules.js';
import { type AuthDeps, hashToken } from './auth.service.js';
import * as repository from './sessions.repository.js';

const sessionNotFound = () => notFound({ vi: 'Không tìm thấy phiên đăng nhập', en: 'Session not found' });

/** The actor's own live sessions, the current one marked; nobody lists another person's. */
export async function listOwnSessions(deps: AuthDeps, actor: Actor, token: string) {
  const now = deps.clock.now();
  const idleMinutes = deps.sessionIdleMinutes ?? SESSION_IDLE_MINUTES;
  const rows = await repository.liveSessionsOfUser(deps.db, actor.userId, now, new Date(now.getTime() - idleMinutes * 60_000));
  const current = hashToken(token);
  return {
    idleMinutes,
    items: rows.map(({ tokenHash, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      isCurrent: tokenHash === current,
    })),
  };
}

function auditEntry(actor: Actor, now: Date, change: Record<string, unknown>) {
  return {
    agencyId: actor.agencyId,
    actor: auditActorOf(actor),
    action: 'user.sessions_ended' as const,
    subjectType: 'user',
    subjectId: actor.userId,
    change,
    occurredAt: now,
  };
}

/** Ends one of the actor's other sessions (signing out here is POST /auth/logout); another user's answers 404. */
export async function endOwnSession(deps: AuthDeps, actor: Actor, token: string, id: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const ended = await repository.deleteSessionOfUser(tx, actor.userId, id);
    if (!ended) throw sessionNotFound();
    if (ended.tokenHash === hashToken(token)) {
      throw invalidState('current_session', { vi: 'Đây là phiên hiện tại: hãy dùng Đăng xuất', en: 'This is the current session: sign out instead' });
    }
    await recordAudit(tx, auditEntry(actor, now, { sessionId: id }));
  });
}

/** Ends every session of the actor except the one making the request. */
export async function endOtherSessions(deps: AuthDeps, actor: Actor, token: string) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const ended = await repository.deleteOtherSessions(tx, actor.userId, hashToken(token));
    if (ended > 0) await recordAudit(tx, auditEntry(actor, now, { others: ended }));
    return { ended };
  });
}

/**
 * Housekeeping for the periodic jobs: a session that has ended is already refused on every request,
 * so deleting it only keeps the table (and the tokens' hashes) from growing; running it twice is harmless.
 */
export async function purgeEndedSessions(deps: Pick<AuthDeps, 'db' | 'clock' | 'sessionIdleMinutes'>) {
  const now = deps.clock.now();
  const idleMinutes = deps.sessionIdleMinutes ?? SESSION_IDLE_MINUTES;
  return repository.deleteEndedSessions(deps.db, now, new Date(now.getTime() - idleMinutes * 60_000));
}
