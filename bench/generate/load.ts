import { getTableColumns, sql } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../server/db/client.js';

/** The database's column names, as the client's `casing: 'snake_case'` writes them. */
const casing = new CasingCache('snake_case');
const columnsOf = (table: PgTable) =>
  Object.entries(getTableColumns(table)).map(([key, column]) => [key, { name: casing.getColumnCasing(column), column }] as const);

type Row = Record<string, unknown>;

/**
 * One INSERT of many rows, sent as a single JSON parameter that PostgreSQL spreads into the
 * table's row type: a bulk load, not one bound parameter per value. Only the columns the rows name
 * are written; the others take their defaults.
 */
export async function insertRows(db: Db, table: PgTable, rows: readonly Row[]) {
  if (rows.length === 0) return;
  const named = new Set<string>();
  for (const row of rows) for (const key in row) if (row[key] !== undefined) named.add(key);
  const columns = columnsOf(table)
    .filter(([key]) => named.has(key))
    .map(([key, { name, column }]) => ({ key, name, hasDefault: column.hasDefault }));
  const records = rows.map((row) => {
    const record: Row = {};
    for (const { key, name, hasDefault } of columns) {
      const value = row[key];
      // A row without a value the others have would get null, not the column's default.
      if (value === undefined && hasDefault) throw new Error(`insertRows: rows differ in whether they set ${name}`);
      record[name] = value ?? null;
    }
    return record;
  });
  const list = sql.raw(columns.map(({ name }) => `"${name}"`).join(', '));
  await db.execute(sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(records)}::json)`);
}

/** insertRows in chunks of `size` rows. */
export async function insertChunks(db: Db, table: PgTable, rows: readonly Row[], size: number) {
  for (let i = 0; i < rows.length; i += size) await insertRows(db, table, rows.slice(i, i + size));
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
  const names = sql.join(
    tables.map((table) => sql`${table}`),
    sql`, `,
  );
  const indexes = await queryRows<IndexDefinition>(
    db,
    sql`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public' and i.tablename in (${names})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
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
