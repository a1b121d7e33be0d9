import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { accountInvitations, users } from '../../db/schema/index.js';

export async function insertInvitation(tx: Tx, values: typeof accountInvitations.$inferInsert) {
  await tx.insert(accountInvitations).values(values);
}

/** An account's earlier links die when a new one is issued or one is used. */
export async function expireInvitationsOf(tx: Tx, userId: string, now: Date) {
  await tx
    .update(accountInvitations)
    .set({ usedAt: now })
    .where(and(eq(accountInvitations.userId, userId), isNull(accountInvitations.usedAt)));
}

/** The unused, unexpired invitation of an active account, with that account; locked when in a transaction. */
export async function findUsableInvitation(db: Db | Tx, tokenHash: string, now: Date, lock = false) {
  const query = db
    .select({
      userId: users.id,
      agencyId: accountInvitations.agencyId,
      username: users.username,
      displayName: users.displayName,
      expiresAt: accountInvitations.expiresAt,
    })
    .from(accountInvitations)
    .innerJoin(users, eq(users.id, accountInvitations.userId))
    .where(
      and(eq(accountInvitations.tokenHash, tokenHash), isNull(accountInvitations.usedAt), gt(accountInvitations.expiresAt, now), eq(users.isActive, true)),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row;
}
