import cluster from 'node:cluster';
import { buildApp, VERSION } from './app.js';
import { RUNS_JOBS_ENV, runPrimary, serverProcessCount } from './cluster.js';
import { type Config, loadConfig } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { demoLoginLines, seedDemoWhenEmpty, type SeededDemo } from './db/seed/demo.js';
import { serverLogging } from './http/logging.js';
import { startMetricsListener } from './http/metrics.js';
import { createImmediateMailJob, createPeriodicJobs } from './jobs.js';
import { issueSetupTokenIfEmpty } from './modules/setup/index.js';
import { systemClock } from './platform/clock.js';
import { createLifecycle } from './platform/lifecycle.js';

/** Each job claims one run per agency and day, so checking often costs a single insert. */
const SWEEP_CHECK_MS = 10 * 60_000;
const MAIL_NOW_CHECK_MS = 30_000;
/** Requests and the sweep in flight get this long to finish after the drain before the process gives up. */
const SHUTDOWN_LIMIT_MS = 30_000;

/** What the process that prepared the database prints once: demo logins, or how to set up an empty database. */
async function prepareDatabase(config: Config, database: Database): Promise<string[]> {
  await database.migrate();
  const seeded: SeededDemo | null = await seedDemoWhenEmpty(config, database.db);
  if (seeded) return demoLoginLines(seeded);
  // An empty database without demo data: a one-time token opens the setup page.
  const setupToken = await issueSetupTokenIfEmpty({ db: database.db, clock: systemClock });
  if (setupToken) {
    const url = `http://${config.HOST}:${config.PORT}`;
    return [
      'Chưa có cơ quan nào / no agency yet. Cài đặt bằng một trong hai cách / set it up in one of two ways:',
      `  1. Mở trang / open ${url}/cai-dat?token=${setupToken}  (dùng một lần, hết hạn sau 24 giờ / one use, expires in 24 hours)`,
      '  2. CONGVU_ADMIN_PASSWORD=… npm run setup -- --agency "Tên cơ quan" --admin admin',
    ];
  }
  return config.SEED_DEMO ? ['Dữ liệu đã có sẵn / existing data kept (demo password: Congvu@2026; see README to reset).'] : [];
}

/**
 * Process entry: config, database, migrations, demo data when empty, then listen and close cleanly.
 * With several processes (WEB_CONCURRENCY) the primary prepares the database, then its workers listen.
 */
async function main() {
  const config = loadConfig();
  const processes = serverProcessCount(config);
  if (cluster.isPrimary && processes > 1) {
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 1 });
    const lines = await prepareDatabase(config, database);
    await database.close();
    const primary = runPrimary(processes);
    process.on('SIGINT', () => primary.stop('SIGINT'));
    process.on('SIGTERM', () => primary.stop('SIGTERM'));
    console.log([`\nCông vụ: ${processes} tiến trình / processes on http://${config.HOST}:${config.PORT}`, ...lines].join('\n') + '\n');
    return;
  }
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
  if (cluster.isWorker) return serve(config, database, [], process.env[RUNS_JOBS_ENV] === '1');
  return serve(config, database, await prepareDatabase(config, database), true);
}

/** One server process: the app on the port, the metrics listener, and the periodic jobs when `runsJobs`. */
async function serve(config: Config, database: Database, startLines: string[], runsJobs: boolean) {
  const lifecycle = createLifecycle();
  const app = await buildApp({ lifecycle, database, config, clock: systemClock, ...serverLogging(config) });

  const jobs = createPeriodicJobs(config, database, app.log, VERSION);
  let sweeping: Promise<void> = Promise.resolve();
  const startSweep = () => {
    sweeping = sweeping.then(jobs);
  };
  const sweepTimer = runsJobs ? setInterval(startSweep, SWEEP_CHECK_MS) : undefined;
  // "E-mail at once" notifications wait in their table; this sends them within half a minute.
  const mailNow = runsJobs ? createImmediateMailJob(config, database, app.log) : null;
  let mailing: Promise<void> = Promise.resolve();
  const mailTimer = mailNow ? setInterval(() => (mailing = mailing.then(mailNow)), MAIL_NOW_CHECK_MS) : undefined;
  const metricsServer = config.METRICS_PORT ? await startMetricsListener(app.metrics, config.METRICS_HOST, config.METRICS_PORT) : null;

  // Graceful shutdown: ready answers 503 first so the proxy stops sending, then the listener stops
  // accepting, requests and the sweep in flight finish, and the pool closes.
  const close = async (signal: string) => {
    if (lifecycle.isDraining()) return;
    lifecycle.startDraining();
    app.log.info({ signal, drainMs: config.SHUTDOWN_DRAIN_MS }, 'đang dừng / shutting down');
    clearInterval(sweepTimer);
    clearInterval(mailTimer);
    setTimeout(() => {
      app.log.error('shutdown took too long, exiting');
      process.exit(1);
    }, config.SHUTDOWN_DRAIN_MS + SHUTDOWN_LIMIT_MS).unref();
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
    await app.close();
    await sweeping;
    await mailing;
    metricsServer?.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ host: config.HOST, port: config.PORT });
  if (!cluster.isWorker) {
    const url = `http://${config.HOST}:${config.PORT}`;
    const where = database.kind === 'pglite' ? `PGlite ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)';
    console.log([`\nCông vụ đang chạy tại / is running at ${url}  [${where}]`, `API: ${url}/api/docs`, ...startLines].join('\n') + '\n');
  }
  if (runsJobs) startSweep();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
