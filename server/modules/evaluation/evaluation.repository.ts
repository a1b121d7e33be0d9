import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { evaluationEvents, evaluationPeriods, evaluationScorecards } from '../../db/schema/index.js';

export type PeriodRow = typeof evaluationPeriods.$inferSelect;
export type ScorecardRow = typeof evaluationScorecards.$inferSelect;

/** False when the same unit already has a period of that kind starting that day. */
export async function insertPeriod(tx: Tx, values: typeof evaluationPeriods.$inferInsert): Promise<boolean> {
  const inserted = await tx.insert(evaluationPeriods).values(values).onConflictDoNothing().returning({ id: evaluationPeriods.id });
  return inserted.length > 0;
}

export async function findPeriod(db: Db | Tx, agencyId: string, id: string): Promise<PeriodRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationPeriods)
    .where(and(eq(evaluationPeriods.agencyId, agencyId), eq(evaluationPeriods.id, id)));
  return row;
}

export async function lockPeriod(tx: Tx, agencyId: string, id: string): Promise<PeriodRow | undefined> {
  const [row] = await tx
    .select()
    .from(evaluationPeriods)
    .where(and(eq(evaluationPeriods.agencyId, agencyId), eq(evaluationPeriods.id, id)))
    .for('update');
  return row;
}

export async function updatePeriod(tx: Tx, id: string, values: Partial<typeof evaluationPeriods.$inferInsert>) {
  await tx.update(evaluationPeriods).set(values).where(eq(evaluationPeriods.id, id));
}

export async function findScorecard(db: Db | Tx, agencyId: string, id: string): Promise<ScorecardRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationScorecards)
    .where(and(eq(evaluationScorecards.agencyId, agencyId), eq(evaluationScorecards.id, id)));
  return row;
}

export async function lockScorecard(tx: Tx, agencyId: string, id: string): Promise<ScorecardRow | undefined> {
  const [row] = await tx
    .select()
    .from(evaluationScorecards)
    .where(and(eq(evaluationScorecards.agencyId, agencyId), eq(evaluationScorecards.id, id)))
    .for('update');
  return row;
}

export async function updateScorecard(tx: Tx, id: string, values: Partial<typeof evaluationScorecards.$inferInsert>) {
  await tx
    .update(evaluationScorecards)
    .set({ ...values, version: sql`${evaluationScorecards.version} + 1` })
    .where(eq(evaluationScorecards.id, id));
}

/** The scorecards a cap counts: the same period, unit and scheme, with the level each has or would get. */
export function capPeers(tx: Tx, row: Pick<ScorecardRow, 'periodId' | 'unitId' | 'schemeCode'>) {
  return tx
    .select({
      id: evaluationScorecards.id,
      personId: evaluationScorecards.personId,
      state: evaluationScorecards.state,
      level: evaluationScorecards.level,
      computedLevel: evaluationScorecards.computedLevel,
      decidedAt: evaluationScorecards.decidedAt,
    })
    .from(evaluationScorecards)
    .where(
      and(eq(evaluationScorecards.periodId, row.periodId), eq(evaluationScorecards.unitId, row.unitId), eq(evaluationScorecards.schemeCode, row.schemeCode)),
    )
    .for('update');
}

export async function insertEvents(tx: Tx, values: (typeof evaluationEvents.$inferInsert)[]) {
  if (values.length > 0) await tx.insert(evaluationEvents).values(values);
}

export function eventsOf(db: Db | Tx, scorecardId: string) {
  return db.select().from(evaluationEvents).where(eq(evaluationEvents.scorecardId, scorecardId)).orderBy(asc(evaluationEvents.id)).limit(500);
}
