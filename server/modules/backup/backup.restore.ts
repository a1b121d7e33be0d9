import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import { readChainHeads, recomputeChain } from '../audit/index.js';
import { readJournal } from '../health/index.js';
import { digestTable, inSnapshot } from './backup.export.js';
import { BackupRefused, type Manifest } from './backup.manifest.js';
import { readTableShapes, type TableShape } from './backup.tables.js';

const INSERT_ROWS = 1_000;

/** A folder that does not exist or holds nothing (a PGlite folder's lock file aside). */
export function isEmptyFolder(folder: string): boolean {
  return !existsSync(folder) || readdirSync(folder).filter((name) => name !== '.congvu.lock').length === 0;
}

/** Refuses a backup this build cannot restore as it is: its last migration must be this build's. */
export function checkRestorable(manifest: Manifest) {
  const entries = readJournal().entries;
  const last = entries[entries.length - 1].tag;
  if (manifest.lastMigration !== last) {
    throw new BackupRefused(
      `Bản sao lưu ở migration ${manifest.lastMigration}, phiên bản này ở ${last}: hãy khôi phục bằng phiên bản ${manifest.appVersion} rồi nâng cấp`,
      `the backup is at migration ${manifest.lastMigration}, this build at ${last}: restore with version ${manifest.appVersion}, then upgrade`,
    );
  }
}

/** Refuses a target database that holds any row in any of the application's tables. */
export async function checkEmptyDatabase(db: Db) {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  for (const { name } of tables) {
    const [row] = await queryRows<{ found: boolean }>(db, sql`select exists (select from ${sql.identifier(name)}) as found`);
    if (row.found)
      throw new BackupRefused(
        `Cơ sở dữ liệu đích không trống (bảng ${name} có dữ liệu): chỉ khôi phục vào cơ sở dữ liệu trống`,
        `the target database is not empty (table ${name} has rows): restore only into an empty database`,
      );
  }
}

async function loadTable(tx: Tx, shape: TableShape, path: string) {
  const columns = sql.join(
    shape.columns.map((column) => sql.identifier(column)),
    sql`, `,
  );
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = `[${batch.join(',')}]`;
    await queryRows(
      tx,
      sql`insert into ${sql.identifier(shape.name)} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${sql.identifier(shape.name)}, ${rows}::json)`,
    );
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line === '') continue;
    batch.push(line);
    if (batch.length >= INSERT_ROWS) await flush();
  }
  await flush();
  for (const column of shape.sequenced) {
    await queryRows(
      tx,
      sql`select setval(pg_get_serial_sequence(${shape.name}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(shape.name)}), 0) + 1, false)`,
    );
  }
}

/**
 * Loads the staged tables into a migrated, empty database in one transaction. Triggers are off while
 * it loads (session_replication_role = replica): the rows already hold what they computed.
 */
export async function loadStagedTables(db: Db, stagingDir: string, manifest: Manifest) {
  await db.transaction(async (tx) => {
    await queryRows(tx, sql`set local session_replication_role = replica`);
    const shapes = new Map((await readTableShapes(tx)).map((shape) => [shape.name, shape]));
    for (const table of manifest.tables) {
      const shape = shapes.get(table.name);
      if (!shape) throw new BackupRefused(`Bảng ${table.name} không có trong cơ sở dữ liệu này`, `table ${table.name} does not exist in this database`);
      await loadTable(tx, shape, join(stagingDir, 'db', `${table.name}.jsonl`));
    }
  });
}

export async function copyStagedFiles(stagingDir: string, manifest: Manifest, filesDir: string) {
  for (const file of manifest.files) {
    await mkdir(dirname(join(filesDir, file.path)), { recursive: true });
    await copyFile(join(stagingDir, 'files', file.path), join(filesDir, file.path));
  }
}

/** What a restored database and folder hold, compared with the manifest: the list of differences. */
export async function verifyRestored(db: Db, manifest: Manifest, filesDir: string): Promise<string[]> {
  const problems: string[] = [];
  const digests = await inSnapshot(db, async (tx) => {
    const result = new Map<string, { rows: number; sha256: string }>();
    for (const shape of await readTableShapes(tx)) result.set(shape.name, await digestTable(tx, shape));
    return result;
  });
  for (const table of manifest.tables) {
    const got = digests.get(table.name);
    if (!got || got.rows !== table.rows) problems.push(`${table.name}: ${got?.rows ?? 0} rows, manifest ${table.rows}`);
    else if (got.sha256 !== table.sha256) problems.push(`${table.name}: content differs from the manifest`);
  }
  const heads = await readChainHeads(db);
  const headOf = new Map(heads.map((head) => [`${head.agencyId}/${head.lane}`, head]));
  for (const chain of manifest.auditChains) {
    const head = headOf.get(`${chain.agencyId}/${chain.lane}`);
    const recomputed = await recomputeChain(db, chain.agencyId, chain.lane);
    if (!recomputed.isIntact) problems.push(`audit chain ${chain.agencyId}/${chain.lane}: ${recomputed.problem}`);
    else if (recomputed.lastHash !== chain.lastHash || head?.lastHash !== chain.lastHash)
      problems.push(`audit chain ${chain.agencyId}/${chain.lane} does not end at the recorded hash`);
  }
  if (heads.length !== manifest.auditChains.length) problems.push(`audit chains: ${heads.length}, manifest ${manifest.auditChains.length}`);
  for (const file of manifest.files) {
    const path = join(filesDir, file.path);
    const content = existsSync(path) ? await readFile(path) : null;
    if (!content || createHash('sha256').update(content).digest('hex') !== file.sha256) problems.push(`file ${file.path} is missing or altered`);
  }
  return problems;
}
