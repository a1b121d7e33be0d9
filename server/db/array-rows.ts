import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from './client.js';

type Driven = { $client: pg.Pool | PGlite; session: { logger: Logger } };

/**
 * Runs a statement written as text with `$n` parameters and returns its rows as arrays, in the
 * order of the select list, on either driver. For the hottest reads only: the caller maps each
 * position by hand instead of Drizzle building the SQL and mapping the rows (together more than half
 * of a task list request's CPU). Both drivers parse the column types alike for what such a read
 * selects (text, numbers, jsonb, timestamptz as Date); say `date` columns as `::text`, which both
 * would otherwise turn into a Date. The statement still goes to Drizzle's logger, so query logs and
 * bench/explain.ts see it.
 */
export async function queryArrayRows(db: Db, text: string, values: unknown[]): Promise<unknown[][]> {
  const { $client: client, session } = db as unknown as Driven;
  session.logger.logQuery(text, values);
  if (client instanceof pg.Pool) return (await client.query<unknown[]>({ text, values, rowMode: 'array' })).rows;
  return (await client.query<unknown[]>(text, values, { rowMode: 'array' })).rows;
}
