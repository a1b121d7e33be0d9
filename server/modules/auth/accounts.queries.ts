import { type SQL, sql } from 'drizzle-orm';
import type { AccountListQuery } from '../../../contracts/accounts.js';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { decodeCursor, pageLimit, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';

export interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  person_id: string | null;
  unit_id: string | null;
  unit_name: string | null;
  email: string | null;
  roles: string[];
  head_of_units: { id: string; name: string }[];
  is_active: boolean;
  locked_until: string | null;
  must_change_password: boolean;
  oidc_subject: string | null;
  last_login_at: string | null;
  created_at: string;
}

/** An account with its person, unit and headed units; the person's unit is read through the people row. */
const accountSelect = sql`
  select u.id, u.username, u.display_name, u.person_id, p.unit_id, pu.name as unit_name, p.email, u.roles,
    coalesce((select json_agg(json_build_object('id', hu.id, 'name', hu.name) order by hu.name)
              from unit_managers m join units hu on hu.id = m.unit_id
              where m.person_id = u.person_id and m.role = 'head'), '[]') as head_of_units,
    u.is_active, t.blocked_until as locked_until, u.must_change_password, u.oidc_subject, u.last_login_at, u.created_at
  from users u
  left join login_throttles t on t.key = 'name:' || lower(u.username)
  left join people p on p.id = u.person_id
  left join units pu on pu.id = p.unit_id`;

function stateFilter(state: AccountListQuery['state'], now: Date): SQL | undefined {
  if (state === 'active') return sql`u.is_active`;
  if (state === 'deactivated') return sql`not u.is_active`;
  if (state === 'locked') return sql`u.is_active and t.blocked_until > ${now.toISOString()}`;
  if (state === 'never_logged_in') return sql`u.is_active and u.last_login_at is null`;
  return undefined;
}

/** One page of an agency's accounts by username, filtered in SQL. */
export async function listAccounts(db: Db | Tx, agencyId: string, query: AccountListQuery, now: Date) {
  const cursor = decodeCursor(query.cursor, 2) as [string, string] | null;
  let unitPath: string | null = null;
  if (query.unitId) {
    const [unit] = await queryRows<{ path: string }>(db, sql`select path from units where agency_id = ${agencyId} and id = ${query.unitId}`);
    if (!unit) return { items: [], nextCursor: null };
    unitPath = unit.path;
  }
  const conditions: (SQL | undefined)[] = [
    sql`u.agency_id = ${agencyId}`,
    query.q
      ? sql`(p.search_text like ${likePattern(query.q)} or lower(u.username) like ${likePattern(query.q)} or lower(u.display_name) like ${likePattern(query.q)})`
      : undefined,
    query.role ? sql`${query.role} = any(u.roles)` : undefined,
    unitPath ? sql`p.unit_path like ${`${unitPath}%`}` : undefined,
    stateFilter(query.state, now),
    cursor ? sql`(u.username, u.id) > (${cursor[0]}, ${cursor[1]}::uuid)` : undefined,
  ];
  const where = sql.join(
    conditions.filter((condition): condition is SQL => condition !== undefined),
    sql` and `,
  );
  const rows = await queryRows<AccountRow>(db, sql`${accountSelect} where ${where} order by u.username, u.id limit ${pageLimit(query.limit)}`);
  return toPage(rows, query.limit, (row) => [row.username, row.id]);
}

export async function findAccountRow(db: Db | Tx, agencyId: string, id: string): Promise<AccountRow | undefined> {
  const [row] = await queryRows<AccountRow>(db, sql`${accountSelect} where u.agency_id = ${agencyId} and u.id = ${id}`);
  return row;
}
