import { and, desc, eq, gt, lte, ne, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';

/** A user's sessions alive at `now`: within their 12 hours and used since `idleSince`. */
export async function liveSessionsOfUser(db: Db | Tx, userId: string, now: Date, idleSince: Date) {
  return db
    .select({
      id: sessions.id,
      tokenHash: sessions.tokenHash,
      userAgent: sessions.userAgent,
      address: sessions.address,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one session of a user; another user's session id ends nothing. */
export async function deleteSessionOfUser(tx: Tx, userId: string, id: string) {
  const rows = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, id)))
    .returning({ tokenHash: sessions.tokenHash });
  return rows[0];
}

/** Ends every session of a user but the one given (by its token hash). */
export async function deleteOtherSessions(tx: Tx, userId: string, keepTokenHash: string) {
  const rows = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Deletes the sessions no request can use any more: past their lifetime or idle since `idleSince`. */
export async function deleteEndedSessions(db: Db, now: Date, idleSince: Date) {
  const rows = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  return rows.length;
}
