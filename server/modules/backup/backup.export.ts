import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { readChainHeads } from '../audit/index.js';
import { migrationState } from '../health/index.js';
import { BACKUP_FORMAT, type Manifest } from './backup.manifest.js';
import { readTableShapes, type TableShape } from './backup.tables.js';

const FETCH_ROWS = 2_000;

/** Every row of a table as one JSON line each, in key order, through a cursor (the caller's transaction). */
export async function streamTable(tx: Tx, shape: TableShape, onLines: (text: string, count: number) => Promise<void> | void) {
  const order = sql.join(
    shape.orderBy.map((column) => sql`t.${sql.identifier(column)}`),
    sql`, `,
  );
  await queryRows(tx, sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as line from ${sql.identifier(shape.name)} t order by ${order}`);
  for (;;) {
    const rows = await queryRows<{ line: string }>(tx, sql`fetch ${sql.raw(String(FETCH_ROWS))} from backup_rows`);
    if (rows.length > 0) await onLines(rows.map((row) => row.line + '\n').join(''), rows.length);
    if (rows.length < FETCH_ROWS) break;
  }
  await queryRows(tx, sql`close backup_rows`);
}

/** Hash and count of a table's export, without writing it anywhere (restore verification). */
export async function digestTable(tx: Tx, shape: TableShape) {
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  await streamTable(tx, shape, (text, count) => {
    hash.update(text);
    rows += count;
    bytes += Buffer.byteLength(text);
  });
  return { rows, bytes, sha256: hash.digest('hex') };
}

/** One consistent snapshot of the database: every table read in one repeatable-read, read-only transaction. */
export function inSnapshot<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await queryRows(tx, sql`set local timezone = 'UTC'`);
      return work(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function writeTable(tx: Tx, shape: TableShape, path: string) {
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  await streamTable(tx, shape, async (text, count) => {
    hash.update(text);
    rows += count;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  });
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { name: shape.name, rows, bytes, sha256: hash.digest('hex') };
}

/** Stored files (content-addressed: <2 hex>/<sha256>), each hashed as it is now. */
export async function listStoredFiles(filesDir: string): Promise<Manifest['files']> {
  if (!existsSync(filesDir)) return [];
  const files: Manifest['files'] = [];
  for (const prefix of (await readdir(filesDir)).filter((name) => /^[0-9a-f]{2}$/.test(name)).sort()) {
    for (const name of (await readdir(join(filesDir, prefix))).filter((file) => /^[0-9a-f]{64}$/.test(file)).sort()) {
      const content = await readFile(join(filesDir, prefix, name));
      files.push({
        path: `${prefix}/${name}`,
        bytes: (await stat(join(filesDir, prefix, name))).size,
        sha256: createHash('sha256').update(content).digest('hex'),
      });
    }
  }
  return files;
}

/**
 * Writes the database's tables into `stagingDir/db/<table>.jsonl` from one snapshot, and answers the
 * manifest (with the stored files as they are once the snapshot is read: files are only ever added).
 */
export async function exportToStaging(
  db: Db,
  kind: 'pglite' | 'postgres',
  filesDir: string,
  stagingDir: string,
  appVersion: string,
  now: Date,
): Promise<Manifest> {
  await mkdir(join(stagingDir, 'db'), { recursive: true });
  const snapshot = await inSnapshot(db, async (tx) => {
    const migration = await migrationState(tx as unknown as Db);
    const auditChains = await readChainHeads(tx as unknown as Db);
    const tables = [];
    for (const shape of await readTableShapes(tx)) tables.push(await writeTable(tx, shape, join(stagingDir, 'db', `${shape.name}.jsonl`)));
    return { lastMigration: migration.applied ?? '', auditChains, tables };
  });
  return {
    format: BACKUP_FORMAT,
    appVersion,
    createdAt: now.toISOString(),
    databaseKind: kind,
    lastMigration: snapshot.lastMigration,
    tables: snapshot.tables,
    files: await listStoredFiles(filesDir),
    auditChains: snapshot.auditChains,
  };
}
