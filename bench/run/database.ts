import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, queryRows, type Database } from '../../server/db/client.js';
import { generate, type GenerateProgress, type GenerateResult, type ScaleName } from '../generate.js';

export type Dataset = Pick<GenerateResult, 'logins' | 'counts' | 'seed' | 'seconds'> & { scale: string; generatedAt: string };
interface Meta {
  scale: string;
  seed: number;
  requestedTasks: number | null;
  /** Bumped when the generator writes new kinds of rows, so an older dataset is regenerated, not reused. */
  generator?: number;
  dataset: Dataset;
}

const GENERATOR_VERSION = 3;

export interface PreparedDatabase {
  kind: 'pglite' | 'postgres';
  /** Env for bench/server.ts: BENCH_DATA_DIR or BENCH_DATABASE_URL. */
  env: Record<string, string>;
  dataDir?: string;
  databaseName?: string;
  reused: boolean;
  dataset: Dataset;
}

export interface DatasetRequest {
  scale: ScaleName;
  tasks?: number;
  seed: number;
  fresh: boolean;
  /** PostgreSQL only: the database to create or reuse instead of congvu_bench_<scale> (two benches side by side). */
  databaseName?: string;
}

let lastTenth = -1;
/** One line rewritten in place on a terminal; a line per tenth of the work when the output is a file. */
function progressLine(p: GenerateProgress) {
  const line = `  ${p.phase}: ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')}  ${p.rowsPerSecond.toLocaleString('en')} rows/s`;
  if (p.message) process.stdout.write(`\n  ${p.message}`);
  else if (process.stdout.isTTY) process.stdout.write(`\r${line}   `);
  else if (p.phase !== 'tasks' || Math.floor((10 * p.done) / p.total) > lastTenth) {
    lastTenth = p.phase === 'tasks' ? Math.floor((10 * p.done) / p.total) : -1;
    process.stdout.write(`\n${line}`);
  }
}

/** Migrates, generates and records what was generated in a bench_meta table (outside the app's schema). */
async function fill(database: Database, request: DatasetRequest): Promise<Dataset> {
  await database.migrate();
  const result = await generate(database.db, {
    scale: request.scale,
    tasks: request.tasks,
    seed: request.seed,
    bulk: true,
    concurrency: database.kind === 'postgres' ? 3 : 1,
    onProgress: progressLine,
  });
  process.stdout.write('\n');
  const dataset = {
    logins: result.logins,
    counts: result.counts,
    seed: result.seed,
    seconds: result.seconds,
    scale: result.scale.name,
    generatedAt: new Date().toISOString(),
  };
  const meta: Meta = { scale: request.scale, seed: request.seed, requestedTasks: request.tasks ?? null, generator: GENERATOR_VERSION, dataset };
  await database.db.execute(sql`create table if not exists bench_meta (key text primary key, value jsonb not null)`);
  await database.db.execute(sql`insert into bench_meta (key, value) values ('dataset', ${JSON.stringify(meta)}::jsonb)`);
  return dataset;
}

async function readMeta(database: Database): Promise<Meta | undefined> {
  try {
    const [row] = await queryRows<{ value: Meta }>(database.db, sql`select value from bench_meta where key = 'dataset'`);
    return row?.value;
  } catch {
    return undefined;
  }
}

/**
 * PGlite: a fresh folder under .tmp/, generated here and closed so the server process can own it;
 * or, with `reuseDir`, a folder kept from an earlier run (--keep).
 */
export async function preparePglite(request: DatasetRequest, reuseDir?: string): Promise<PreparedDatabase> {
  const dataDir = reuseDir ? resolve(reuseDir) : resolve('.tmp', `bench-${request.scale}-${Date.now()}`);
  if (!reuseDir) mkdirSync(dataDir, { recursive: true });
  const database = await openDatabase({ dataDir });
  try {
    const found = reuseDir ? await readMeta(database) : undefined;
    if (reuseDir && !found) throw new Error(`${reuseDir} holds no bench dataset`);
    if (found) await database.migrate();
    const dataset = found?.dataset ?? (await fill(database, request));
    return { kind: 'pglite', env: { BENCH_DATA_DIR: dataDir }, dataDir, reused: !!found, dataset };
  } finally {
    await database.close();
  }
}

/**
 * PostgreSQL: the database congvu_bench_<scale> (or `databaseName`) on the server of DATABASE_URL, reused when its
 * bench_meta row says it holds the same scale, seed and task count; otherwise dropped, created and generated.
 */
export async function preparePostgres(adminUrl: string, request: DatasetRequest): Promise<PreparedDatabase> {
  const databaseName = request.databaseName ?? `congvu_bench_${request.scale}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(databaseName)) throw new Error(`--database must be a plain lower-case name, not ${databaseName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const env = { BENCH_DATABASE_URL: url.toString() };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [databaseName])).rowCount === 1;
    if (exists && !request.fresh) {
      const database = await openDatabase({ databaseUrl: env.BENCH_DATABASE_URL, poolSize: 1 });
      // A dataset kept from an earlier run gets the migrations landed since, as a deployed database would.
      const found = await readMeta(database)
        .then(async (meta) => (meta ? (await database.migrate(), meta) : meta))
        .finally(() => database.close());
      if (
        found &&
        found.scale === request.scale &&
        found.seed === request.seed &&
        found.requestedTasks === (request.tasks ?? null) &&
        found.generator === GENERATOR_VERSION
      ) {
        return { kind: 'postgres', env, databaseName, reused: true, dataset: found.dataset };
      }
    }
    if (exists) await admin.query(`drop database "${databaseName}" with (force)`);
    await admin.query(`create database "${databaseName}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: env.BENCH_DATABASE_URL, poolSize: 4 });
  const dataset = await fill(database, request).finally(() => database.close());
  return { kind: 'postgres', env, databaseName, reused: false, dataset };
}

export async function dropPostgres(adminUrl: string, databaseName: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${databaseName}" with (force)`);
  await admin.end();
}
