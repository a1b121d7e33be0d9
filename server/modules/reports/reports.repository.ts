import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { reportRuns } from '../../db/schema/index.js';

export type ReportRunRow = typeof reportRuns.$inferSelect;

export async function insertRun(tx: Tx, values: typeof reportRuns.$inferInsert) {
  await tx.insert(reportRuns).values(values);
}

export async function updateRun(db: Db | Tx, id: string, values: Partial<typeof reportRuns.$inferInsert>) {
  await db.update(reportRuns).set(values).where(eq(reportRuns.id, id));
}

export async function findRun(db: Db | Tx, agencyId: string, id: string): Promise<ReportRunRow | undefined> {
  const [row] = await db
    .select()
    .from(reportRuns)
    .where(and(eq(reportRuns.agencyId, agencyId), eq(reportRuns.id, id)));
  return row;
}

/** The agency's latest runs: all of them (scope null), or the person's own and those of the given subtrees; confidential ones only when asked. */
export async function latestRuns(
  db: Db,
  agencyId: string,
  scope: { personId: string | null; paths: string[] } | null,
  options: { withConfidential: boolean },
  limit = 100,
): Promise<ReportRunRow[]> {
  const conditions: (SQL | undefined)[] = [eq(reportRuns.agencyId, agencyId)];
  if (!options.withConfidential) conditions.push(eq(reportRuns.isConfidential, false));
  if (scope) {
    const mine = scope.personId ? eq(reportRuns.requestedByPersonId, scope.personId) : sql`false`;
    conditions.push(or(mine, ...scope.paths.map((path) => sql`${reportRuns.unitPath} like ${`${path}%`}`)));
  }
  return db
    .select()
    .from(reportRuns)
    .where(and(...conditions))
    .orderBy(desc(reportRuns.createdAt), desc(reportRuns.id))
    .limit(limit);
}
