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
  /**
   * Rows of `unit_id`, the counter columns holding the totals of that unit's whole subtree (kept on
   * write), and `counted_below` (something is counted below the unit): at most one row per unit.
   */
  subtreeTotals: SQL;
  columns: readonly Column[];
  /**
   * 'active': every active unit down to the depth, counted or not (the work dashboard);
   * 'counted': only the units with a row in subtreeTotals, active or not (coverage, whose totals must add up).
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
 * The units of a subtree down to a few levels, each joined to the stored totals of its whole
 * subtree (kept on write): nothing is summed per request. At 2,000 units the planner scans the
 * units and counter rows rather than probe an index 200 times; either way no path is unnested.
 */
export async function subtreeRollup<Column extends string>(db: Db | Tx, query: SubtreeRollupQuery<Column>): Promise<SubtreeRollupRow<Column>[]> {
  const maxDepth = depthOfPath(query.rootPath) + query.levels;
  const shown = sql.join(query.columns.map((name) => sql`coalesce(t.${sql.identifier(name)}, 0)::int as ${sql.identifier(name)}`), sql`, `);
  const hasChildren =
    query.show === 'active'
      ? sql`exists (select 1 from units k where k.parent_id = u.id and k.is_active)`
      : sql`coalesce(t.counted_below, false)`;
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    select u.id, u.name, u.depth, ${hasChildren} as has_children, ${shown}
    from units u
    ${query.show === 'active' ? sql`left join` : sql`join`} (${query.subtreeTotals}) t on t.unit_id = u.id
    where u.agency_id = ${query.agencyId} and u.path like ${query.rootPath + '%'} and u.depth <= ${maxDepth}
      ${query.show === 'active' ? sql`and u.is_active` : sql``}
    order by u.path`);
  return rows.map((row) => {
    const totals = {} as Record<Column, number>;
    for (const name of query.columns) totals[name] = row[name] as number;
    return { unitId: row.id as string, name: row.name as string, depth: row.depth as number, hasChildren: row.has_children === true, totals };
  });
}
