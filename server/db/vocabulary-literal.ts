/**
 * A value of a fixed vocabulary (statuses, signal kinds) written into a statement as a quoted
 * literal, after checking it belongs there. For conditions a partial index's predicate names: a
 * generic plan cannot prove `x = $1` implies `x = 'open'`, so with a parameter the index goes unused
 * or the statement is planned again on every request.
 */
export function vocabularyLiteral<T extends string>(vocabulary: readonly T[], value: T): string {
  if (!vocabulary.includes(value)) throw new RangeError(`Not in the vocabulary: ${value}`);
  return `'${value}'`;
}
