import { randomBytes } from 'node:crypto';
import { INVITATION_PATH } from '../../../contracts/accounts.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit.js';
import { invalidState, notFound } from '../../platform/errors.js';
import { changeAccount, refuseWeakPassword } from './accounts.service.js';
import * as accounts from './accounts.repository.js';
import { deleteSessionsOfUser } from './auth.repository.js';
import { type AuthDeps, hashPassword, hashToken } from './auth.service.js';
import { clearNameThrottles } from './auth.throttle.js';
import * as repository from './invitations.repository.js';

/** Days an invitation link stays usable. */
export const INVITATION_DAYS = 7;

/** Issues a one-time link for the person to set their password (earlier links die); the token is shown once. */
export async function issueInvitation(deps: AuthDeps, actor: Actor, id: string) {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await changeAccount(deps, actor, id, async (tx, account) => {
    if (!account.isActive) throw invalidState('account_deactivated', { vi: 'Tài khoản đã bị vô hiệu hoá', en: 'The account is deactivated' });
    await repository.expireInvitationsOf(tx, id, now);
    await repository.insertInvitation(tx, { tokenHash: hashToken(token), agencyId: actor.agencyId, userId: id, createdAt: now, expiresAt });
    return { action: 'account.invitation_issued', detail: { expiresAt: expiresAt.toISOString() } };
  });
  return { path: `${INVITATION_PATH}?token=${token}`, expiresAt: expiresAt.toISOString() };
}

// A used, expired or unknown link, or a deactivated account: the page does not exist.
const invitationNotFound = () => notFound({ vi: 'Đường dẫn mời không còn hiệu lực', en: 'This invitation link is no longer valid' });

export async function invitationStatus(deps: AuthDeps, token: string) {
  const row = await repository.findUsableInvitation(deps.db, hashToken(token), deps.clock.now());
  if (!row) throw invitationNotFound();
  return { username: row.username, displayName: row.displayName, expiresAt: row.expiresAt.toISOString() };
}

/** The person sets their own password (the policy applies); the link dies and they sign in with it. */
export async function acceptInvitation(deps: AuthDeps, token: string, password: string) {
  const now = deps.clock.now();
  const found = await repository.findUsableInvitation(deps.db, hashToken(token), now);
  if (!found) throw invitationNotFound();
  refuseWeakPassword(password, found);
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const row = await repository.findUsableInvitation(tx, hashToken(token), now, true);
    if (!row) throw invitationNotFound();
    await accounts.updateAccount(tx, row.userId, { passwordHash, passwordChangedAt: now, mustChangePassword: false });
    await repository.expireInvitationsOf(tx, row.userId, now);
    await clearNameThrottles(tx, row.username);
    await deleteSessionsOfUser(tx, row.userId);
    await recordAudit(tx, {
      agencyId: row.agencyId,
      actor: { userId: row.userId, name: row.displayName },
      action: 'account.invitation_accepted',
      subjectType: 'user',
      subjectId: row.userId,
      change: {},
      occurredAt: now,
    });
    return { username: row.username };
  });
}
