import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { people, personUnitMoves } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { pageLimit } from '../../platform/paging.js';

export type PersonRow = typeof people.$inferSelect;

export interface PersonListRow extends PersonRow {
  unitName: string;
  managerRole: 'head' | 'deputy' | null;
  hasAccount: boolean;
}

export interface PeopleFilter {
  agencyId: string;
  /** Path prefixes the actor may see; null for the whole agency. */
  scope: string[] | null;
  unitPath?: string;
  category?: string;
  status: 'active' | 'left' | 'all';
  search?: string;
  after?: [string, string];
  limit: number;
}

const listColumns = sql`p.*, u.name as unit_name,
  (select m.role from unit_managers m where m.person_id = p.id and m.unit_id = p.unit_id) as manager_role,
  exists (select 1 from users a where a.person_id = p.id) as has_account`;

function toListRow(row: Record<string, unknown>): PersonListRow {
  return {
    id: row.id as string,
    agencyId: row.agency_id as string,
    unitId: row.unit_id as string,
    unitPath: row.unit_path as string,
    fullName: row.full_name as string,
    searchText: row.search_text as string,
    position: row.position as string,
    category: row.category as PersonRow['category'],
    isPartyMember: row.is_party_member as boolean,
    email: (row.email as string) ?? null,
    phone: (row.phone as string) ?? null,
    birthDate: (row.birth_date as string) ?? null,
    status: row.status as PersonRow['status'],
    leftOn: (row.left_on as string) ?? null,
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
    unitName: row.unit_name as string,
    managerRole: (row.manager_role as PersonListRow['managerRole']) ?? null,
    hasAccount: row.has_account as boolean,
  };
}

/** One keyset page ordered by (full_name, id); every filter, including the actor's scope, is SQL. */
export async function listPeople(db: Db | Tx, filter: PeopleFilter): Promise<PersonListRow[]> {
  const conditions: SQL[] = [sql`p.agency_id = ${filter.agencyId}`];
  if (filter.scope) {
    if (filter.scope.length === 0) return [];
    conditions.push(
      sql`(${sql.join(
        filter.scope.map((prefix) => sql`p.unit_path like ${prefix + '%'}`),
        sql` or `,
      )})`,
    );
  }
  if (filter.unitPath) conditions.push(sql`p.unit_path like ${filter.unitPath + '%'}`);
  if (filter.category) conditions.push(sql`p.category = ${filter.category}`);
  if (filter.status !== 'all') conditions.push(sql`p.status = ${filter.status}`);
  if (filter.search) conditions.push(sql`p.search_text like ${filter.search}`);
  if (filter.after) conditions.push(sql`(p.full_name, p.id) > (${filter.after[0]}, ${filter.after[1]})`);
  const result = await queryRows<Record<string, unknown>>(
    db,
    sql`
    select ${listColumns} from people p join units u on u.id = p.unit_id
    where ${sql.join(conditions, sql` and `)}
    order by p.full_name, p.id limit ${pageLimit(filter.limit)}`,
  );
  return result.map(toListRow);
}

export async function findPersonForList(db: Db | Tx, agencyId: string, id: string): Promise<PersonListRow | undefined> {
  const result = await queryRows<Record<string, unknown>>(
    db,
    sql`
    select ${listColumns} from people p join units u on u.id = p.unit_id where p.agency_id = ${agencyId} and p.id = ${id}`,
  );
  return result[0] ? toListRow(result[0]) : undefined;
}

export async function findPeople(db: Db | Tx, agencyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(people)
    .where(and(eq(people.agencyId, agencyId), inArray(people.id, ids)));
}

export async function insertPeople(tx: Tx, rows: (typeof people.$inferInsert)[]): Promise<PersonRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(people).values(rows).returning();
}

export async function updatePerson(tx: Tx, agencyId: string, id: string, values: Partial<typeof people.$inferInsert>) {
  const [row] = await tx
    .update(people)
    .set(values)
    .where(and(eq(people.agencyId, agencyId), eq(people.id, id)))
    .returning();
  return row;
}

export async function findEmailsTaken(db: Db | Tx, agencyId: string, emails: string[], exceptId?: string) {
  if (emails.length === 0) return [];
  const result = await queryRows<{ email: string }>(
    db,
    sql`
    select lower(email) as email from people where agency_id = ${agencyId}
    and lower(email) in (${sql.join(
      emails.map((e) => sql`${e.toLowerCase()}`),
      sql`, `,
    )})
    ${exceptId ? sql`and id <> ${exceptId}` : sql``}`,
  );
  return result.map((r) => r.email);
}

export async function removeManagerRolesOf(tx: Tx, personId: string) {
  await tx.execute(sql`delete from unit_managers where person_id = ${personId}`);
}

/** Keeps where the person worked when: evaluation rates someone who moved where they worked most. */
export async function recordMove(tx: Tx, move: { agencyId: string; personId: string; fromUnitId: string; toUnitId: string; now: Date }) {
  await tx.insert(personUnitMoves).values({
    agencyId: move.agencyId,
    personId: move.personId,
    fromUnitId: move.fromUnitId,
    toUnitId: move.toUnitId,
    movedOn: localDateOf(move.now),
    movedAt: move.now,
  });
}
