import { foldForSearch } from '../../platform/search-text.js';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { people, unitManagers, units } from '../../db/schema/index.js';
import { inMovedSubtree, movedPath, repathStatement, type SubtreeMoved } from './org.subtree-moved.js';

export type UnitRow = typeof units.$inferSelect;

export async function listUnits(db: Db | Tx, agencyId: string) {
  return db.select().from(units).where(eq(units.agencyId, agencyId)).orderBy(asc(units.depth), asc(units.sortOrder), asc(units.name));
}

export async function listManagers(db: Db | Tx, agencyId: string, unitIds?: string[]) {
  return db
    .select({ unitId: unitManagers.unitId, role: unitManagers.role, personId: people.id, fullName: people.fullName })
    .from(unitManagers)
    .innerJoin(people, eq(people.id, unitManagers.personId))
    .where(and(eq(unitManagers.agencyId, agencyId), unitIds ? inArray(unitManagers.unitId, unitIds) : undefined))
    .orderBy(asc(people.fullName));
}

export async function findUnit(db: Db | Tx, agencyId: string, id: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)));
  return row;
}

export async function findUnitByCode(db: Db | Tx, agencyId: string, code: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.code, code)));
  return row;
}

export async function insertUnit(tx: Tx, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await tx.insert(units).values(values).returning();
  return row;
}

/** A unit under `parent`: its materialised path and depth follow from the parent's. */
export function insertChildUnit(
  tx: Tx,
  parent: { id: string; agencyId: string; path: string; depth: number },
  input: { kind: UnitRow['kind']; code: string; name: string; sortOrder?: number },
): Promise<UnitRow> {
  const id = crypto.randomUUID();
  return insertUnit(tx, {
    id,
    agencyId: parent.agencyId,
    parentId: parent.id,
    kind: input.kind,
    code: input.code,
    name: input.name,
    searchText: foldForSearch(input.name),
    path: `${parent.path}${id}/`,
    depth: parent.depth + 1,
    sortOrder: input.sortOrder ?? 0,
  });
}

export async function updateUnit(tx: Tx, agencyId: string, id: string, values: Partial<typeof units.$inferInsert>) {
  const [row] = await tx
    .update(units)
    .set(values)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)))
    .returning();
  return row;
}

/** Re-roots a subtree: every descendant's path and depth, and the people in it, in two statements. */
export async function moveSubtree(tx: Tx, moved: SubtreeMoved, depthDelta: number) {
  const path = sql`path`;
  await tx.execute(sql`
    update units set path = ${movedPath(path, moved)}, depth = depth + ${depthDelta}::int, updated_at = now()
    where agency_id = ${moved.agencyId} and ${inMovedSubtree(path, moved)}`);
  await tx.execute(repathStatement('people', 'unit_path', moved));
}

export async function countActiveInSubtree(db: Db | Tx, agencyId: string, path: string, exceptUnitId: string) {
  const result = await queryRows<{ units: number; people: number }>(
    db,
    sql`
    select (select count(*)::int from units where agency_id = ${agencyId} and path like ${path + '%'} and is_active and id <> ${exceptUnitId}) as units,
           (select count(*)::int from people where agency_id = ${agencyId} and unit_path like ${path + '%'} and status = 'active') as people`,
  );
  return result[0];
}

export async function replaceManagers(tx: Tx, agencyId: string, unitId: string, headId: string | null, deputyIds: string[]) {
  await tx.delete(unitManagers).where(and(eq(unitManagers.agencyId, agencyId), eq(unitManagers.unitId, unitId)));
  const rows = [
    ...(headId ? [{ agencyId, unitId, personId: headId, role: 'head' as const }] : []),
    ...deputyIds.filter((id) => id !== headId).map((personId) => ({ agencyId, unitId, personId, role: 'deputy' as const })),
  ];
  if (rows.length > 0) await tx.insert(unitManagers).values(rows);
}
