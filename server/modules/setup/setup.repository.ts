import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { setupTokens } from '../../db/schema/index.js';

// Any fixed number: every setup in the deployment takes this lock, so two never create agencies at once.
const SETUP_LOCK = 2_226_001;

export async function lockSetup(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
}

export async function insertSetupToken(db: Db | Tx, values: typeof setupTokens.$inferInsert) {
  await db.insert(setupTokens).values(values);
}

/** The token when it is unused and unexpired, locked so it is used once. */
export async function findUsableToken(db: Db | Tx, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(setupTokens)
    .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now)));
  return row;
}

export async function markTokenUsed(tx: Tx, tokenHash: string, now: Date) {
  await tx.update(setupTokens).set({ usedAt: now }).where(eq(setupTokens.tokenHash, tokenHash));
}

/** Once an agency exists every outstanding token dies, so a printed token cannot be replayed later. */
export async function expireAllTokens(tx: Tx, now: Date) {
  await tx.update(setupTokens).set({ usedAt: now }).where(isNull(setupTokens.usedAt));
}
