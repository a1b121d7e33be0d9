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
