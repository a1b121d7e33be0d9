import type { Unit } from '../../shared/contracts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** Builds the tree from the flat list (parents before or after children, any order). */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids of the units down to `depth` levels, for the initially expanded tree. */
export function idsUpToDepth(units: readonly Unit[], depth: number): string[] {
  const minDepth = Math.min(...units.map((unit) => unit.depth));
  return units.filter((unit) => unit.depth - minDepth < depth).map((unit) => unit.id);
}
