import { sql, type SQL } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../../db/client.js';

/** The depth of a subtree's root: '/root/' is 0; the whole agency ('/') starts at the agency's root unit. */
export const depthOfPath = (path: string) => Math.max(0, path.split('/').filter(Boolean).length - 1);

/**
 * The most units one answer holds beyond the first level below the root. A deeper level that would
 * pass it is left out whole, so the answer grows with what a screen shows, not with the city:
 * two levels of a 2,000-unit city are 201 units, its first level 21.
 */
export const ROLLUP_MAX_UNITS = 100;

export interface SubtreeRollupQuery<Column extends string> {
  agencyId: string;
  /** A unit's path, or '/' for the whole agency. */
  rootPath: string;
  /**
   * How many levels below the root are returned at most; the first always, deeper ones while the
   * answer stays within ROLLUP_MAX_UNITS. Deeper units are reached by choosing one as the root.
   */
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
 * subtree (kept on write): nothing is summed per request. The running count per depth (a window
 * over at most the units down to the depth asked) decides which levels fit; only those are looked
 * into for sub-units and sent.
 */
export async function subtreeRollup<Column extends string>(db: Db | Tx, query: SubtreeRollupQuery<Column>): Promise<SubtreeRollupRow<Column>[]> {
  const firstLevel = depthOfPath(query.rootPath) + 1;
  const maxDepth = firstLevel - 1 + query.levels;
  const counted = query.show === 'counted';
  const totals = sql.join(
    query.columns.map((name) => sql`coalesce(t.${sql.identifier(name)}, 0)::int as ${sql.identifier(name)}`),
    sql`, `,
  );
  // 'counted' needs the totals to choose its units; 'active' looks them (and the sub-units) up only
  // for the units kept, one index probe each, instead of joining every unit of the levels read.
  const rows = await queryRows<Record<string, unknown>>(
    db,
    counted
      ? sql`
    select r.* from (
      select u.id, u.name, u.depth, u.path, ${totals}, t.counted_below as has_children, count(*) over (order by u.depth) as through_depth
      from units u join (${query.subtreeTotals}) t on t.unit_id = u.id
      where u.agency_id = ${query.agencyId} and u.path like ${query.rootPath + '%'} and u.depth <= ${maxDepth}
    ) r
    where r.through_depth <= ${ROLLUP_MAX_UNITS} or r.depth <= ${firstLevel}
    order by r.path`
      : sql`
    select r.id, r.name, r.depth, ${totals}, k.id is not null as has_children from (
      select u.id, u.name, u.depth, u.path, count(*) over (order by u.depth) as through_depth
      from units u
      where u.agency_id = ${query.agencyId} and u.path like ${query.rootPath + '%'} and u.depth <= ${maxDepth} and u.is_active
    ) r
    left join lateral (select * from (${query.subtreeTotals}) s where s.unit_id = r.id limit 1) t on true
    left join lateral (select k.id from units k where k.parent_id = r.id and k.is_active limit 1) k on true
    where r.through_depth <= ${ROLLUP_MAX_UNITS} or r.depth <= ${firstLevel}
    order by r.path`,
  );
  return rows.map((row) => {
    const totals = {} as Record<Column, number>;
    for (const name of query.columns) totals[name] = row[name] as number;
    return { unitId: row.id as string, name: row.name as string, depth: row.depth as number, hasChildren: row.has_children === true, totals };
  });
}
