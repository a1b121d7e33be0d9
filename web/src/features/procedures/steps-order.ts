/**
 * The steps with the one at `from` moved to `to` (dragged onto that row, or one row up or down).
 * The first step runs alongside nothing, so a parallel step that lands first stops being parallel.
 */
export function moveStep<T extends { isParallel?: boolean }>(steps: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= steps.length || to >= steps.length) return steps;
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  if (next[0].isParallel) next[0] = { ...next[0], isParallel: false };
  return next;
}
