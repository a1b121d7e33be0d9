import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { documentRelations, documents, people, plans, planTargets, units } from '../../db/schema/index.js';

export type PlanRow = typeof plans.$inferSelect;
export type TargetRow = typeof planTargets.$inferSelect;

export async function findPlanRow(db: Db | Tx, agencyId: string, documentId: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.agencyId, agencyId), eq(plans.documentId, documentId)));
  return row;
}

export async function lockPlan(tx: Tx, agencyId: string, documentId: string): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.agencyId, agencyId), eq(plans.documentId, documentId)))
    .for('update');
  return row;
}

export async function insertPlan(tx: Tx, row: PlanRow) {
  await tx.insert(plans).values(row);
}

export async function updatePlan(tx: Tx, documentId: string, values: Partial<PlanRow>) {
  await tx.update(plans).set(values).where(eq(plans.documentId, documentId));
}

export async function findTargetRow(db: Db | Tx, agencyId: string, targetId: string): Promise<TargetRow | undefined> {
  const [row] = await db
    .select()
    .from(planTargets)
    .where(and(eq(planTargets.agencyId, agencyId), eq(planTargets.id, targetId)));
  return row;
}

export async function insertTarget(tx: Tx, row: TargetRow) {
  await tx.insert(planTargets).values(row);
}

export async function updateTarget(tx: Tx, id: string, values: Partial<TargetRow>) {
  await tx.update(planTargets).set(values).where(eq(planTargets.id, id));
}

export async function lockTarget(tx: Tx, agencyId: string, targetId: string): Promise<TargetRow | undefined> {
  const [row] = await tx
    .select()
    .from(planTargets)
    .where(and(eq(planTargets.agencyId, agencyId), eq(planTargets.id, targetId)))
    .for('update');
  return row;
}

export async function deleteTarget(tx: Tx, id: string) {
  await tx.delete(planTargets).where(eq(planTargets.id, id));
}

/** Whether any task, whatever its status, names the target as its source (served by the tasks' source index). */
export async function hasLinkedTasks(db: Db | Tx, agencyId: string, targetId: string): Promise<boolean> {
  const result = (await db.execute(
    sql`select 1 from tasks where agency_id = ${agencyId} and source_kind = 'plan_target' and source_id = ${targetId} limit 1`,
  )) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}

export async function nextTargetOrder(tx: Tx, planId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${planTargets.sortOrder}), 0) + 1` })
    .from(planTargets)
    .where(eq(planTargets.planId, planId));
  return Number(row.next);
}

/** The plan's targets with the names of their unit and accountable person, in the plan's order. */
export async function listTargetsWithNames(db: Db, planId: string) {
  return db
    .select({ target: planTargets, unitName: units.name, personName: people.fullName })
    .from(planTargets)
    .innerJoin(units, eq(units.id, planTargets.unitId))
    .innerJoin(people, eq(people.id, planTargets.accountablePersonId))
    .where(eq(planTargets.planId, planId))
    .orderBy(asc(planTargets.sortOrder), asc(planTargets.id));
}

export async function unitName(db: Db, unitId: string): Promise<string> {
  const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return row?.name ?? '';
}

/** Documents a plan implements. */
export async function implementedDocuments(db: Db, planId: string) {
  return db
    .select({ document: documents })
    .from(documentRelations)
    .innerJoin(documents, eq(documents.id, documentRelations.targetDocumentId))
    .where(and(eq(documentRelations.documentId, planId), eq(documentRelations.kind, 'implements')))
    .orderBy(asc(documents.issueDate));
}

/** Plans (documents with a plan record) implementing `documentId`, oldest first. */
export async function plansImplementing(db: Db, agencyId: string, documentId: string) {
  return db
    .select({ document: documents, plan: plans, unitName: units.name })
    .from(documentRelations)
    .innerJoin(plans, eq(plans.documentId, documentRelations.documentId))
    .innerJoin(documents, eq(documents.id, plans.documentId))
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(and(eq(documentRelations.agencyId, agencyId), eq(documentRelations.targetDocumentId, documentId), eq(documentRelations.kind, 'implements')))
    .orderBy(asc(documents.issueDate), asc(documents.id));
}

/** One target with its plan's number and title and its accountable person's name. */
export async function findTargetRef(db: Db, agencyId: string, targetId: string) {
  const [row] = await db
    .select({ target: planTargets, planNumber: documents.number, planTitle: documents.title, personName: people.fullName })
    .from(planTargets)
    .innerJoin(documents, eq(documents.id, planTargets.planId))
    .innerJoin(people, eq(people.id, planTargets.accountablePersonId))
    .where(and(eq(planTargets.agencyId, agencyId), eq(planTargets.id, targetId)));
  return row;
}
