import type { UnitDashboardRow } from '../../shared/contracts';
import { buildUnitTree, type TreeNode } from '../../shared/unit-tree';

export { topLevelUnits } from '../../shared/unit-tree';

export type DashboardNode = TreeNode<UnitDashboardRow>;

/** Nests the rows, which come in tree order (each unit right before its sub-units), by depth. */
export const buildDashboardTree = (rows: readonly UnitDashboardRow[]): DashboardNode[] => buildUnitTree(rows);

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
