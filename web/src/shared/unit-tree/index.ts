/** A row of a unit roll-up (dashboard, coverage): the server sends them in tree order with their depth. */
export type TreeNode<T extends { depth: number }> = T & { children?: TreeNode<T>[] };

/** Nests the rows, which come in tree order (each unit right before its sub-units), by depth. */
export function buildUnitTree<T extends { depth: number }>(rows: readonly T[]): TreeNode<T>[] {
  const roots: TreeNode<T>[] = [];
  const path: TreeNode<T>[] = [];
  for (const row of rows) {
    const node: TreeNode<T> = { ...row };
    while (path.length > 0 && path[path.length - 1].depth >= row.depth) path.pop();
    const parent = path[path.length - 1];
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
    path.push(node);
  }
  return roots;
}

/** The units one level below the root(s): what a leader compares. A lone unit stands for itself. */
export function topLevelUnits<T extends { depth: number }>(rows: readonly T[]): T[] {
  if (rows.length === 0) return [];
  const rootDepth = Math.min(...rows.map((row) => row.depth));
  const children = rows.filter((row) => row.depth === rootDepth + 1);
  return children.length > 0 ? children : rows.filter((row) => row.depth === rootDepth);
}

/** The rows a table opens at first: the root level, so its children show. */
export function rootRowKeys<T extends { depth: number }>(rows: readonly T[], keyOf: (row: T) => string): string[] {
  const minDepth = rows.length > 0 ? Math.min(...rows.map((row) => row.depth)) : 0;
  return rows.filter((row) => row.depth <= minDepth).map(keyOf);
}
