/**
 * Rows of per-unit counters with the subtree totals the server keeps on write: each unit's own
 * counts added to the unit and each of its ancestors (the segments of its path). Ancestors with
 * nothing of their own get a row with own counts at 0, as the server's upserts leave them.
 */
export function withSubtreeTotals<Key extends string>(
  own: { unitId: string; unitPath: string; counts: Record<Key, number> }[],
  keys: readonly Key[],
): { unitId: string; unitPath: string; own: Record<Key, number>; subtree: Record<Key, number> }[] {
  const zero = () => Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;
  const rows = new Map<string, { unitId: string; unitPath: string; own: Record<Key, number>; subtree: Record<Key, number> }>();
  for (const { unitId, unitPath, counts } of own) {
    const ids = unitPath.split('/').filter(Boolean);
    ids.forEach((id, depth) => {
      const row = rows.get(id) ?? { unitId: id, unitPath: `/${ids.slice(0, depth + 1).join('/')}/`, own: zero(), subtree: zero() };
      for (const key of keys) {
        row.subtree[key] += counts[key];
        if (id === unitId) row.own[key] += counts[key];
      }
      rows.set(id, row);
    });
  }
  return [...rows.values()];
}

/** `{ open: 1 }` → `{ subtreeOpen: 1 }`: the schema's names of the subtree columns. */
export function subtreeColumns<Key extends string>(counts: Record<Key, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [`subtree${key[0].toUpperCase()}${key.slice(1)}`, value as number]));
}
