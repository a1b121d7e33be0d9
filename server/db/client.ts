import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../paths.js';
import * as schema from './schema/index.js';
import { acquireFolderLock } from './folder-lock.js';

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
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzleNodePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
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
 * A statement built and prepared once per database (`.prepare(name)`), for the few fixed reads every
 * request runs: the SQL text is built once and PostgreSQL plans it once per connection.
 */
export function preparedPerDatabase<Q>(prepare: (db: Db) => Q): (db: Db) => Q {
  const byDatabase = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (!query) byDatabase.set(db, (query = prepare(db)));
    return query;
  };
}
