import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../paths.js';
import * as schema from './schema/index.js';
import { acquireFolderLock } from './folder-lock.js';
import { compilePlainStatementsDirectly, dialectOf } from './plain-sql.js';
import { PreparedStatementClient } from './prepared-client.js';
import { fastTimestampTypes } from './timestamps.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The pool's connections (PostgreSQL), for the metrics. */
  poolStats?(): { total: number; idle: number; waiting: number };
}

const extensionsSql = 'CREATE EXTENSION IF NOT EXISTS pg_trgm';

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** A folder for PGlite, or 'memory://'. */
  dataDir?: string;
  /** A PGlite snapshot (from dumpDataDir) to start from; tests use it to skip initdb. */
  snapshot?: Blob;
  poolSize?: number;
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite (holding a lock on its folder). */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://', options.snapshot);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: PreparedStatementClient, types: fastTimestampTypes });
  const db = drizzleNodePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  compilePlainStatementsDirectly(dialectOf(db));
  return {
    db,
    kind: 'postgres',
    async migrate() {
      await pool.query(extensionsSql);
      await migrateNodePg(drizzleNodePg(pool), { migrationsFolder });
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

async function openPglite(dataDir: string, snapshot?: Blob): Promise<Database> {
  const isMemory = dataDir.startsWith('memory://');
  // PGlite has no lock of its own: two processes on one folder silently lose writes.
  const releaseLock = isMemory ? () => {} : acquireFolderLock(dataDir);
  if (!isMemory) mkdirSync(dataDir, { recursive: true });
  try {
    const client = await PGlite.create(isMemory ? undefined : dataDir, {
      extensions: { pg_trgm },
      loadDataDir: snapshot,
    });
    const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
    compilePlainStatementsDirectly(dialectOf(db));
    return {
      db,
      kind: 'pglite',
      async migrate() {
        await client.exec(extensionsSql);
        await migratePglite(drizzlePglite(client), { migrationsFolder });
      },
      async close() {
        await client.close();
        releaseLock();
      },
      ...{ pglite: client },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** The PGlite instance behind a Database, for snapshots in tests. */
export function pgliteOf(database: Database): PGlite | undefined {
  return (database as Database & { pglite?: PGlite }).pglite;
}

/** Runs raw SQL on either driver and returns its rows (both drivers answer with { rows }). */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Runs data-modifying statements as one statement, each a CTE, and returns the rows of `last`
 * (nothing without it): one round trip instead of one per statement. PostgreSQL runs every CTE
 * exactly once whether or not it is read, in an order of its own, each seeing the database as it
 * was before the statement: the statements must not depend on each other's writes nor write the
 * same row twice.
 */
export async function queryTogether<T>(db: Db | Tx, statements: (SQL | undefined)[], last?: SQL): Promise<T[]> {
  const parts = statements.filter((statement): statement is SQL => statement !== undefined);
  const ctes = parts.map((part, index) => sql`${sql.raw(`w${index}`)} as (${part})`);
  if (!last) return ctes.length > 0 ? queryRows<T>(db, sql`with ${sql.join(ctes, sql`, `)} select`) : [];
  return queryRows<T>(db, sql`with ${sql.join([...ctes, sql`returned as (${last})`], sql`, `)} select * from returned`);
}

/** A guarded write found its row changed since it was read; nothing of its statement was written. */
export class WriteConflict extends Error {
  constructor() {
    super('The row changed since it was read');
  }
}

const isSerializationFailure = (error: unknown) => ((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code) === '40001';

/**
 * Runs writes that stand or fall together as one statement (one round trip; outside a transaction
 * it is its own transaction). `guard` is the CTE named `guarded` that the others depend on, e.g. an
 * UPDATE … WHERE version = the version read … RETURNING; `chained` are named CTEs run right after it
 * and reading from it (`guarded`), `checked` the one of them that must have returned a row; the
 * `statements` follow, independent of each other as in queryTogether. When `checked` returned no row
 * the statement raises raise_write_conflict() (migration 0011), which undoes the whole statement, so nothing
 * is written, and this throws WriteConflict for the caller to read again.
 */
export async function writeTogether(db: Db | Tx, write: { guard: SQL; chained: SQL; checked: string; statements: (SQL | undefined)[] }): Promise<void> {
  const parts = write.statements.filter((statement): statement is SQL => statement !== undefined);
  const ctes = [sql`guarded as (${write.guard})`, write.chained, ...parts.map((part, index) => sql`${sql.raw(`w${index}`)} as (${part})`)];
  const checked = sql.raw(write.checked);
  try {
    await queryRows(db, sql`with ${sql.join(ctes, sql`, `)} select case when exists (select from ${checked}) then 1 else raise_write_conflict() end`);
  } catch (error) {
    if (isSerializationFailure(error)) throw new WriteConflict();
    throw error;
  }
}
