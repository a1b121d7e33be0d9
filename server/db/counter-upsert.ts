import { sql } from 'drizzle-orm';

/** `a, b, c` as quoted column names, for a hand-written INSERT's column list. */
export const columnList = (names: readonly string[]) => sql.join(names.map((name) => sql.identifier(name)), sql`, `);

/**
 * `a = c.a + excluded.a, …`: an upsert into a counters table aliased `c` adds the new row's
 * values to the stored ones instead of replacing them.
 */
export const addExcluded = (names: readonly string[]) =>
  sql.join(names.map((name) => sql`${sql.identifier(name)} = c.${sql.identifier(name)} + excluded.${sql.identifier(name)}`), sql`, `);
