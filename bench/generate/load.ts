import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../server/db/client.js';

/** Multi-row INSERTs of `size` rows each (PostgreSQL allows 65,535 parameters per statement). */
export async function insertChunks(db: Db, table: PgTable, rows: unknown[], size: number) {
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
}

/** Keeps at most `limit` inserts in flight, so generating the next chunk overlaps writing this one. */
export function createWriteQueue(limit: number) {
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  return {
    async add(write: () => Promise<void>) {
      if (failure) throw failure;
      while (pending.size >= limit) await Promise.race(pending);
      const promise: Promise<void> = write()
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => pending.delete(promise));
      pending.add(promise);
    },
    async drain() {
      await Promise.all(pending);
      if (failure) throw failure;
    },
  };
}

interface IndexDefinition {
  indexname: string;
  indexdef: string;
}

/**
 * Bulk-load mode for a dedicated, freshly migrated database: drops the secondary indexes of
 * `tables` and disables their triggers (foreign-key checks) while `load` runs, then rebuilds
 * them from the definitions the migrations created. Loading is several times faster this way.
 */
export async function withBulkLoad<T>(db: Db, tables: string[], load: () => Promise<T>, log: (message: string) => void): Promise<T> {
  const names = sql.join(tables.map((table) => sql`${table}`), sql`, `);
  const indexes = await queryRows<IndexDefinition>(db, sql`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public' and i.tablename in (${names})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  for (const index of indexes) await db.execute(sql.raw(`drop index if exists "${index.indexname}"`));
  for (const table of tables) await db.execute(sql.raw(`alter table "${table}" disable trigger all`));
  try {
    return await load();
  } finally {
    for (const table of tables) await db.execute(sql.raw(`alter table "${table}" enable trigger all`));
    for (const index of indexes) {
      const started = Date.now();
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local maintenance_work_mem = '256MB'`));
        await tx.execute(sql.raw(index.indexdef));
      });
      log(`index ${index.indexname} rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await db.execute(sql.raw(`analyze ${tables.map((table) => `"${table}"`).join(', ')}`));
  }
}
