import type { UnitDashboardRow } from '../../shared/contracts';

export interface DashboardNode extends UnitDashboardRow {
  children?: DashboardNode[];
}

/** Nests the rows, which come in tree order (each unit right before its sub-units), by depth. */
export function buildDashboardTree(rows: readonly UnitDashboardRow[]): DashboardNode[] {
  const roots: DashboardNode[] = [];
  const path: DashboardNode[] = [];
  for (const row of rows) {
    const node: DashboardNode = { ...row };
    while (path.length > 0 && path[path.length - 1].depth >= row.depth) path.pop();
    const parent = path[path.length - 1];
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
    path.push(node);
  }
  return roots;
}

/** The units one level below the root(s): what a leader compares. A lone unit stands for itself. */
export function topLevelUnits(rows: readonly UnitDashboardRow[]): UnitDashboardRow[] {
  if (rows.length === 0) return [];
  const rootDepth = Math.min(...rows.map((row) => row.depth));
  const children = rows.filter((row) => row.depth === rootDepth + 1);
  return children.length > 0 ? children : rows.filter((row) => row.depth === rootDepth);
}

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
