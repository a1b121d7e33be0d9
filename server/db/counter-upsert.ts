import { sql } from 'drizzle-orm';

/** `"a", "b", "c"`: a hand-written INSERT's column list (names are the code's own constants, never input). */
export const columnNames = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
export const columnList = (names: readonly string[]) => sql.raw(columnNames(names));

/**
 * `a = c.a + excluded.a, …`: an upsert into a counters table (aliased `c`, or named by `table`)
 * adds the new row's values to the stored ones instead of replacing them.
 */
export const addExcludedText = (names: readonly string[], table = 'c') => names.map((name) => `"${name}" = ${table}."${name}" + excluded."${name}"`).join(', ');
export const addExcluded = (names: readonly string[]) => sql.raw(addExcludedText(names));
