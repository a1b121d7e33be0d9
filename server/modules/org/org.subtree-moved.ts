import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';

/** A unit and everything below it now live under another parent: every path that began with oldPath begins with newPath. */
export interface SubtreeMoved {
  agencyId: string;
  oldPath: string;
  newPath: string;
}

/**
 * What a module does when a subtree moves, inside the move's transaction: rewrite its own copies of
 * unit paths and whatever it keeps per subtree. Modules hand these to org where the app is composed,
 * so org never imports them.
 */
export type SubtreeMovedHook = (tx: Tx, moved: SubtreeMoved) => Promise<void>;

export interface AncestorShift {
  unitId: string;
  /** 0 for the agency's root unit: totals are written root first, as every writer of them does. */
  depth: number;
  /** -1: an old ancestor loses the moved subtree's totals; +1: a new one gains them. */
  sign: -1 | 1;
}

/**
 * The moved unit and the ancestors whose subtree totals change: the old ones lose the moved
 * subtree's, the new ones gain them, and ancestors common to both paths keep theirs.
 */
export function ancestorShifts(moved: SubtreeMoved): { movedUnitId: string; shifts: AncestorShift[] } {
  const oldIds = moved.oldPath.split('/').filter(Boolean).slice(0, -1);
  const newIds = moved.newPath.split('/').filter(Boolean);
  const movedUnitId = newIds.pop()!;
  const shifts: AncestorShift[] = [
    ...oldIds.flatMap((unitId, depth) => (newIds.includes(unitId) ? [] : [{ unitId, depth, sign: -1 as const }])),
    ...newIds.flatMap((unitId, depth) => (oldIds.includes(unitId) ? [] : [{ unitId, depth, sign: 1 as const }])),
  ];
  return { movedUnitId, shifts };
}

/** The shifts as a VALUES list of (id, depth, sign), for a statement that orders by depth and id. */
export function ancestorShiftValues(shifts: AncestorShift[]): SQL {
  return sql.join(
    shifts.map((shift) => sql`(${shift.unitId}::uuid, ${shift.depth}::int, ${shift.sign}::int)`),
    sql`, `,
  );
}

/** `column like oldPath%`: the rows of the moved subtree. */
export function inMovedSubtree(column: SQL, moved: SubtreeMoved): SQL {
  return sql`${column} like ${moved.oldPath + '%'}`;
}

/** The column's path with the moved prefix replaced, for rows that satisfy inMovedSubtree. */
export function movedPath(column: SQL, moved: SubtreeMoved): SQL {
  return sql`${moved.newPath}::text || substring(${column} from ${moved.oldPath.length + 1}::int)`;
}

/** `set column = movedPath(column)` for one path column of a table, as one statement. */
export function repathStatement(table: string, column: string, moved: SubtreeMoved): SQL {
  const path = sql`${sql.identifier(column)}`;
  return sql`update ${sql.identifier(table)} set ${path} = ${movedPath(path, moved)}
    where agency_id = ${moved.agencyId} and ${inMovedSubtree(path, moved)}`;
}
