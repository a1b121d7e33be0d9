import { sql, type SQL } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../../db/client.js';

/** The depth of a subtree's root: '/root/' is 0; the whole agency ('/') starts at the agency's root unit. */
export const depthOfPath = (path: string) => Math.max(0, path.split('/').filter(Boolean).length - 1);

export interface SubtreeRollupQuery<Column extends string> {
  agencyId: string;
  /** A unit's path, or '/' for the whole agency. */
  rootPath: string;
  /** How many levels below the root are returned; deeper units are reached by choosing one as the root. */
  levels: number;
  /** Rows of `path` (a unit's materialised path) and the counter columns, e.g. one per unit. */
  counted: SQL;
  columns: readonly Column[];
  /**
   * 'active': every active unit down to the depth, counted or not (the work dashboard);
   * 'counted': only the units with counted rows in their subtree, active or not (coverage, whose totals must add up).
   */
  show: 'active' | 'counted';
}

export interface SubtreeRollupRow<Column extends string> {
  unitId: string;
  name: string;
  depth: number;
  /** There is something below this unit to drill into (an active sub-unit, or counted rows for 'counted'). */
  hasChildren: boolean;
  totals: Record<Column, number>;
}

/**
 * The units of a subtree down to a few levels, each with the counted rows of its whole subtree
 * summed in SQL: the answer costs the units shown, not every unit of a city. Each counted row is
 * added to the ancestors named in its materialised path that are shown (one hash aggregate; a join
 * on path prefixes can use neither a hash nor an index).
 */
export async function subtreeRollup<Column extends string>(db: Db | Tx, query: SubtreeRollupQuery<Column>): Promise<SubtreeRollupRow<Column>[]> {
  const rootDepth = depthOfPath(query.rootPath);
  const maxDepth = rootDepth + query.levels;
  const column = (name: string) => sql.identifier(name);
  const sums = sql.join(query.columns.map((name) => sql`sum(d.${column(name)}) as ${column(name)}`), sql`, `);
  const shown = sql.join(query.columns.map((name) => sql`coalesce(t.${column(name)}, 0) as ${column(name)}`), sql`, `);
  const hasChildren = query.show === 'active' ? sql`exists (select 1 from units k where k.parent_id = u.id and k.is_active)` : sql`coalesce(t.counted_below, false)`;
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    with counted as (${query.counted}),
    totals as (
      select segment.id::uuid as unit_id, ${sums}, bool_or(segment.position < cardinality(d.ids)) as counted_below
      from (select counted.*, string_to_array(trim(both '/' from counted.path), '/') as ids from counted) d
      cross join lateral unnest(d.ids) with ordinality as segment(id, position)
      where segment.position between ${rootDepth + 1} and ${maxDepth + 1}
      group by segment.id
    )
    select u.id, u.name, u.depth, ${hasChildren} as has_children, ${shown}
    from units u
    ${query.show === 'active' ? sql`left join` : sql`join`} totals t on t.unit_id = u.id
    where u.agency_id = ${query.agencyId} and u.path like ${query.rootPath + '%'} and u.depth <= ${maxDepth}
      ${query.show === 'active' ? sql`and u.is_active` : sql``}
    order by u.path`);
  return rows.map((row) => ({
    unitId: row.id as string,
    name: row.name as string,
    depth: Number(row.depth),
    hasChildren: row.has_children === true,
    totals: Object.fromEntries(query.columns.map((name) => [name, Number(row[name])])) as Record<Column, number>,
  }));
}
