import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/** What a command checks and shows of a unit it names. */
export interface NamedUnit {
  id: string;
  name: string;
  path: string;
  isActive: boolean;
}

/** What a command checks and shows of a person it names. */
export interface NamedPerson {
  id: string;
  fullName: string;
  status: 'active' | 'left';
}

/**
 * The units and people of an agency that a command names, in one round trip (a create names both).
 * Ids the agency does not have are simply absent.
 */
export async function findNamed(db: Db, agencyId: string, unitIds: string[], personIds: string[]): Promise<{ units: NamedUnit[]; people: NamedPerson[] }> {
  const [row] = await queryRows<{ units: NamedUnit[]; people: NamedPerson[] }>(
    db,
    sql`select
  (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'path', path, 'isActive', is_active)), '[]') from units
    where agency_id = ${agencyId} and id = any(${sql.param([...new Set(unitIds)])}::uuid[])) as units,
  (select coalesce(json_agg(json_build_object('id', id, 'fullName', full_name, 'status', status)), '[]') from people
    where agency_id = ${agencyId} and id = any(${sql.param([...new Set(personIds)])}::uuid[])) as people`,
  );
  return row;
}
