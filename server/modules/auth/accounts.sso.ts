import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { conflict, invalidState } from '../../platform/errors.js';
import type { AuthDeps } from './auth.service.js';
import { changeAccount } from './accounts.service.js';
import * as repository from './accounts.repository.js';

async function subjectTakenInAgency(tx: Tx, agencyId: string, subject: string, exceptId: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.oidcSubject, subject), ne(users.id, exceptId)));
  return row !== undefined;
}

/** Links the account to a single sign-on subject: that person then signs in by SSO into this account. */
export function linkSsoSubject(deps: AuthDeps, actor: Actor, id: string, subject: string) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    if (await subjectTakenInAgency(tx, actor.agencyId, subject, id)) {
      const message = { vi: 'Mã SSO này đã gắn với tài khoản khác', en: 'This subject is linked to another account' };
      throw conflict('sso_subject_taken', message, [{ field: 'body.subject', message }]);
    }
    await repository.updateAccount(tx, id, { oidcSubject: subject });
    return { action: 'account.sso_linked', detail: { from: account.oidcSubject, to: subject } };
  });
}

/** Unlinks it: the next SSO sign-in matches by verified e-mail or username again, or not at all. */
export function unlinkSsoSubject(deps: AuthDeps, actor: Actor, id: string) {
  return changeAccount(deps, actor, id, async (tx, account) => {
    if (account.oidcSubject === null) throw invalidState('sso_not_linked', { vi: 'Tài khoản chưa liên kết SSO', en: 'The account has no SSO link' });
    await repository.updateAccount(tx, id, { oidcSubject: null });
    return { action: 'account.sso_unlinked', detail: { from: account.oidcSubject } };
  });
}
