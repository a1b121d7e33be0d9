/**
 * Counter deltas naming the same row (unit and period) summed field by field, those adding nothing
 * dropped: one upsert never names a row twice, and a change that adds nothing writes nothing.
 */
export function summedByRow<T extends { unitId: string }>(deltas: T[], periodOf: (delta: T) => string): T[] {
  const summed = new Map<string, T>();
  for (const delta of deltas) {
    const key = `${delta.unitId}|${periodOf(delta)}`;
    const sum = summed.get(key);
    if (!sum) summed.set(key, { ...delta });
    else for (const [field, value] of Object.entries(delta)) if (typeof value === 'number') (sum as unknown as Record<string, number>)[field] += value;
  }
  return [...summed.values()].filter((row) => Object.values(row).some((value) => typeof value === 'number' && value !== 0));
}
