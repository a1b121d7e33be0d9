import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { conductCaseEvents, conductCaseFiles, conductCaseItems, conductCases, users } from '../../db/schema/index.js';

export type CaseRow = typeof conductCases.$inferSelect;

/** False when a case from the same source record was inserted meanwhile (the unique source key). */
export async function insertCase(tx: Tx, values: typeof conductCases.$inferInsert): Promise<boolean> {
  const inserted = await tx.insert(conductCases).values(values).onConflictDoNothing().returning({ id: conductCases.id });
  return inserted.length > 0;
}

export async function insertCaseItems(tx: Tx, rows: (typeof conductCaseItems.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(conductCaseItems).values(rows);
}

export async function findCaseBySource(db: Db | Tx, agencyId: string, source: CaseRow['source'], sourceId: string) {
  const [row] = await db
    .select({ id: conductCases.id })
    .from(conductCases)
    .where(and(eq(conductCases.agencyId, agencyId), eq(conductCases.source, source), eq(conductCases.sourceId, sourceId)));
  return row;
}

export async function findCase(db: Db | Tx, agencyId: string, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(conductCases)
    .where(and(eq(conductCases.agencyId, agencyId), eq(conductCases.id, id)));
  return row;
}

export async function lockCase(tx: Tx, agencyId: string, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(conductCases)
    .where(and(eq(conductCases.agencyId, agencyId), eq(conductCases.id, id)))
    .for('update');
  return row;
}

export async function updateCase(tx: Tx, id: string, values: Partial<typeof conductCases.$inferInsert>) {
  await tx.update(conductCases).set(values).where(eq(conductCases.id, id));
}

export function caseItemsOf(db: Db | Tx, caseId: string) {
  return db.select().from(conductCaseItems).where(eq(conductCaseItems.caseId, caseId)).orderBy(asc(conductCaseItems.itemCode));
}

export async function insertEvent(tx: Tx, values: typeof conductCaseEvents.$inferInsert) {
  await tx.insert(conductCaseEvents).values(values);
}

export function eventsOf(db: Db | Tx, caseId: string) {
  return db.select().from(conductCaseEvents).where(eq(conductCaseEvents.caseId, caseId)).orderBy(asc(conductCaseEvents.id)).limit(500);
}

export async function insertFile(tx: Tx, values: typeof conductCaseFiles.$inferInsert) {
  await tx.insert(conductCaseFiles).values(values);
}

export function filesOf(db: Db | Tx, caseId: string) {
  return db.select().from(conductCaseFiles).where(eq(conductCaseFiles.caseId, caseId)).orderBy(asc(conductCaseFiles.uploadedAt)).limit(200);
}

export async function findFile(db: Db | Tx, caseId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(conductCaseFiles)
    .where(and(eq(conductCaseFiles.caseId, caseId), eq(conductCaseFiles.id, fileId)));
  return row;
}

/** Whether a person holds an active account with the inspector role (handlers must be inspectors). */
export async function isInspector(db: Db | Tx, agencyId: string, personId: string): Promise<boolean> {
  const rows = await queryRows<{ found: number }>(
    db,
    sql`
    select 1 as found from ${users} where ${users.agencyId} = ${agencyId} and ${users.personId} = ${personId}
      and ${users.isActive} and 'inspector' = any(${users.roles}) limit 1`,
  );
  return rows.length > 0;
}
