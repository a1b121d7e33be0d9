import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { explanationRequests } from '../../db/schema/index.js';

export type ExplanationRow = typeof explanationRequests.$inferSelect;

export async function insertExplanation(tx: Tx, row: typeof explanationRequests.$inferInsert) {
  await tx.insert(explanationRequests).values(row);
}

/** The request of this agency, locked for a command when `forUpdate`. */
export async function findExplanation(db: Db | Tx, agencyId: string, id: string, forUpdate = false): Promise<ExplanationRow | undefined> {
  const query = db
    .select()
    .from(explanationRequests)
    .where(and(eq(explanationRequests.agencyId, agencyId), eq(explanationRequests.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateExplanation(tx: Tx, id: string, values: Partial<typeof explanationRequests.$inferInsert>) {
  await tx.update(explanationRequests).set(values).where(eq(explanationRequests.id, id));
}

/** An open request on the same item and person: asking twice while one waits is refused. */
export async function findOpenOnItem(tx: Tx, agencyId: string, itemKind: ExplanationRow['itemKind'], itemId: string, subjectPersonId: string) {
  const [row] = await tx
    .select({ id: explanationRequests.id })
    .from(explanationRequests)
    .where(
      and(
        eq(explanationRequests.agencyId, agencyId),
        eq(explanationRequests.itemKind, itemKind),
        eq(explanationRequests.itemId, itemId),
        eq(explanationRequests.subjectPersonId, subjectPersonId),
        sql`${explanationRequests.status} in ('awaiting_answer', 'answered')`,
      ),
    );
  return row;
}

/** A page of requests matching `where`, newest first, keyed by (requested_at, id). */
export async function listExplanations(db: Db | Tx, where: SQL | undefined, limit: number, after: [string, string] | null) {
  return db
    .select()
    .from(explanationRequests)
    .where(and(where, after ? sql`(${explanationRequests.requestedAt}, ${explanationRequests.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined))
    .orderBy(desc(explanationRequests.requestedAt), desc(explanationRequests.id))
    .limit(limit + 1);
}

/** Unanswered requests past their due day that were not escalated yet. */
export async function findUnansweredPastDue(db: Db | Tx, agencyId: string, today: string) {
  return db
    .select()
    .from(explanationRequests)
    .where(
      and(
        eq(explanationRequests.agencyId, agencyId),
        eq(explanationRequests.status, 'awaiting_answer'),
        sql`${explanationRequests.escalatedAt} is null`,
        sql`${explanationRequests.dueOn} < ${today}`,
      ),
    )
    .orderBy(asc(explanationRequests.dueOn), asc(explanationRequests.id));
}
