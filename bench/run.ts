import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD, SCALES, type ScaleName } from './generate.js';
import { getJson, loginAs, startServer, type BenchServer } from './run/child.js';
import { dropPostgres, preparePglite, preparePostgres, type PreparedDatabase } from './run/database.js';
import { measure, type Measurement } from './run/measure.js';
import { machine, toMarkdown, writeReport, type BenchReport, type SweepResult } from './run/report.js';
import { buildScenarios } from './run/scenarios.js';

/**
 * npm run bench -- [--scale agency|city] [--tasks N] [--connections 32] [--duration 10] [--pool 10] [--workers N]
 *                  [--only key,key] [--fresh] [--drop] [--keep] [--data-dir DIR]
 *                  [--profile] [--fast-calendar] [--database NAME]
 * Generates (or reuses) a dataset, starts the real server in a child process and measures each
 * scenario with autocannon beside a bare baseline. Needs DATABASE_URL for PostgreSQL; city needs it.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'agency' },
    tasks: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    pool: { type: 'string', default: '10' },
    workers: { type: 'string' },
    only: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    drop: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'fast-calendar': { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});

async function main() {
  const scale = values.scale as ScaleName;
  if (!(scale in SCALES) || scale === 'tiny') throw new Error(`--scale must be agency or city, not ${scale}`);
  const databaseUrl = process.env.DATABASE_URL;
  if (scale === 'city' && !databaseUrl)
    throw new Error('The city scale needs PostgreSQL: set DATABASE_URL (an admin connection; the bench creates congvu_bench_city).');
  const options = {
    scale,
    tasks: values.tasks ? Number(values.tasks) : undefined,
    connections: Number(values.connections),
    duration: Number(values.duration),
    poolSize: Number(values.pool),
    // As production runs (server/cluster.ts): one process per core on PostgreSQL, one on PGlite.
    workers: databaseUrl ? Number(values.workers ?? availableParallelism()) : 1,
    fastCalendar: values['fast-calendar'],
  };
  const startedAt = new Date().toISOString();

  console.log(`Preparing the ${scale} dataset on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}…`);
  const request = { scale, tasks: options.tasks, seed: Number(values.seed), fresh: values.fresh, databaseName: values.database };
  const prepared: PreparedDatabase = databaseUrl ? await preparePostgres(databaseUrl, request) : await preparePglite(request, values['data-dir']);
  console.log(
    prepared.reused
      ? `Reusing ${prepared.databaseName} (generated ${prepared.dataset.generatedAt}).`
      : `Generated in ${prepared.dataset.seconds.toFixed(1)} s: ${JSON.stringify(prepared.dataset.counts)}`,
  );

  let server: BenchServer | null = null;
  try {
    const profileDir = values.profile ? resolve('bench', 'results', `profile-${Date.now()}`) : undefined;
    const experiment: Record<string, string> = values['fast-calendar'] ? { BENCH_FAST_CALENDAR: '1' } : {};
    server = await startServer(
      { ...prepared.env, ...experiment, BENCH_POOL_SIZE: String(options.poolSize), BENCH_WORKERS: String(options.workers) },
      { profileDir },
    );
    const base = server.base;
    const login = (role: string) => {
      const credentials = prepared.dataset.logins.find((l) => l.role === role)!;
      return loginAs(base, credentials.username, credentials.password);
    };
    const [staff, head, leader, inspector] = [await login('staff'), await login('head'), await login('leader'), await login('inspector')];
    const scenarios = await buildScenarios({ base, connections: options.connections, staff, head, leader, inspector, password: BENCH_PASSWORD });
    const only = values.only?.split(',');
    const results: Measurement[] = [];
    for (const scenario of scenarios.filter((s) => !only || s.key === 'baseline' || only.includes(s.key))) {
      process.stdout.write(`  ${scenario.label}… `);
      const result = await measure(base, scenario, { duration: options.duration, isPostgres: prepared.kind === 'postgres', serverPids: server.pids });
      results.push(result);
      console.log(`${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}`);
    }
    let sweep: SweepResult | null = null;
    if (!only || only.includes('sweep')) {
      process.stdout.write('  warning sweep… ');
      sweep = await getJson<SweepResult>(base, '/bench/sweep', undefined, 'POST');
      console.log(`${sweep.checked} tasks in ${(sweep.ms / 1000).toFixed(2)} s`);
    }
    const { bytes } = await getJson<{ bytes: number }>(base, '/bench/db-size');
    await server.close();
    const folderBytes = prepared.dataDir ? Number(execFileSync('du', ['-sb', prepared.dataDir]).toString().split('\t')[0]) : undefined;
    const report: BenchReport = {
      startedAt,
      machine: machine(),
      database: { kind: prepared.kind, where: prepared.databaseName ?? prepared.dataDir!, reused: prepared.reused, sizeBytes: bytes, folderBytes },
      dataset: prepared.dataset,
      options,
      scenarios: results,
      sweep,
      maxRssBytes: Math.max(...results.map((r) => r.rssBytes)),
    };
    const file = writeReport(report);
    console.log(`\n${toMarkdown(report)}\n\nJSON: ${file}`);
  } finally {
    await server?.close();
    if (prepared.dataDir && !values.keep && !values['data-dir']) rmSync(prepared.dataDir, { recursive: true, force: true });
    if (prepared.databaseName && values.drop) await dropPostgres(databaseUrl!, prepared.databaseName);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
