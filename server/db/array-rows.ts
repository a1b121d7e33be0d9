import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from './client.js';

/**
 * Runs a statement written as text with `$n` parameters and returns its rows as arrays, in the
 * order of the select list, on either driver. For the hottest reads only: the caller maps each
 * position by hand instead of Drizzle building the SQL and mapping the rows (together more than half
 * of a task list request's CPU). Both drivers parse the column types alike for what such a read
 * selects (text, numbers, booleans, jsonb, timestamptz as Date); say `date` columns as `::text`,
 * which PGlite would otherwise turn into a Date.
 */
export async function queryArrayRows(db: Db, text: string, values: unknown[]): Promise<unknown[][]> {
  const client = (db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (client instanceof pg.Pool) return (await client.query<unknown[]>({ text, values, rowMode: 'array' })).rows;
  return (await client.query<unknown[]>(text, values, { rowMode: 'array' })).rows;
}
