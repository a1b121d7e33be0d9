import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../server/db/client.js';
import { generate, type GenerateProgress, type GenerateResult, type ScaleName } from '../generate.js';

export interface PreparedDatabase {
  kind: 'pglite' | 'postgres';
  /** Env for bench/server.ts: BENCH_DATA_DIR or BENCH_DATABASE_URL. */
  env: Record<string, string>;
  dataDir?: string;
  databaseUrl?: string;
  databaseName?: string;
  reused: boolean;
  dataset: Pick<GenerateResult, 'logins' | 'counts' | 'seed' | 'seconds'> & { scale: string; generatedAt: string };
}

export interface DatasetRequest {
  scale: ScaleName;
  tasks?: number;
  seed: number;
  fresh: boolean;
}

const progressLine = (p: GenerateProgress) =>
  process.stdout.write(p.message ? `\n  ${p.message}` : `\r  ${p.phase}: ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')}  ${p.rowsPerSecond.toLocaleString('en')} rows/s   `);

async function fill(url: string | undefined, dataDir: string | undefined, request: DatasetRequest) {
  const database = await openDatabase({ databaseUrl: url, dataDir, poolSize: 4 });
  try {
    await database.migrate();
    const result = await generate(database.db, {
      scale: request.scale, tasks: request.tasks, seed: request.seed, bulk: true, concurrency: url ? 3 : 1, onProgress: progressLine,
    });
    process.stdout.write('\n');
    const dataset = { logins: result.logins, counts: result.counts, seed: result.seed, seconds: result.seconds, scale: result.scale.name, generatedAt: new Date().toISOString() };
    return { dataset, database };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** A fresh PGlite folder under .tmp/, generated here and then closed so the server process can own it. */
export async function preparePglite(request: DatasetRequest): Promise<PreparedDatabase> {
  const dataDir = resolve('.tmp', `bench-${request.scale}-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  const { dataset, database } = await fill(undefined, dataDir, request);
  await database.close();
  return { kind: 'pglite', env: { BENCH_DATA_DIR: dataDir }, dataDir, reused: false, dataset };
}

/**
 * The database congvu_bench_<scale> on the server of DATABASE_URL: reused when its bench_meta row
 * says it holds the same scale, seed and task count; otherwise dropped, created and generated.
 */
export async function preparePostgres(adminUrl: string, request: DatasetRequest): Promise<PreparedDatabase> {
  const databaseName = `congvu_bench_${request.scale}`;
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [databaseName])).rowCount === 1;
    if (exists && !request.fresh) {
      const found = await readMeta(databaseUrl);
      const wanted = { scale: request.scale, seed: request.seed, tasks: request.tasks ?? null };
      if (found && found.scale === wanted.scale && found.seed === wanted.seed && found.requestedTasks === wanted.tasks) {
        return { kind: 'postgres', env: { BENCH_DATABASE_URL: databaseUrl }, databaseUrl, databaseName, reused: true, dataset: found.dataset };
      }
    }
    if (exists) await admin.query(`drop database "${databaseName}" with (force)`);
    await admin.query(`create database "${databaseName}"`);
  } finally {
    await admin.end();
  }
  const { dataset, database } = await fill(databaseUrl, undefined, request);
  await database.close();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('create table if not exists bench_meta (key text primary key, value jsonb not null)');
  await client.query(`insert into bench_meta (key, value) values ('dataset', $1)`, [JSON.stringify({ scale: request.scale, seed: request.seed, requestedTasks: request.tasks ?? null, dataset })]);
  await client.end();
  return { kind: 'postgres', env: { BENCH_DATABASE_URL: databaseUrl }, databaseUrl, databaseName, reused: false, dataset };
}

async function readMeta(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query(`select value from bench_meta where key = 'dataset'`);
    return result.rows[0]?.value as { scale: string; seed: number; requestedTasks: number | null; dataset: PreparedDatabase['dataset'] } | undefined;
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
}

export async function dropPostgres(adminUrl: string, databaseName: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${databaseName}" with (force)`);
  await admin.end();
}
