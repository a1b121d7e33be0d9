import cluster from 'node:cluster';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { buildApp } from './app.js';
import { RUNS_JOBS_ENV, runPrimary, serverProcessCount } from './cluster.js';
import { type Config, feedbackIdentityKeyOf, loadConfig, signalSettingsOf } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { agencies } from './db/schema/index.js';
import { seedDemoAgency } from './db/seed/demo-agency.js';
import { seedDemoDissemination } from './db/seed/demo-dissemination.js';
import { seedDemoDocuments } from './db/seed/demo-documents.js';
import { seedDemoHistory } from './db/seed/demo-history.js';
import { seedDemoWork } from './db/seed/demo-work.js';
import { sweepDisseminationForAllAgencies } from './modules/dissemination/index.js';
import { seedDemoConduct } from './db/seed/demo-conduct.js';
import { seedDemoFeedback } from './db/seed/demo-feedback.js';
import { noticeOverdueAcceptanceForAllAgencies } from './modules/feedback/index.js';
import { digestAllAgencies } from './modules/notifications/index.js';
import { sweepAllAgencies } from './modules/work/index.js';
import { conductDailyAllAgencies } from './modules/conduct/index.js';
import { createFileStore } from './platform/files.js';
import { createMailer } from './platform/mail.js';
import { createCalendarCache } from './platform/calendar/calendar.repository.js';
import { systemClock } from './platform/clock.js';

/** The signal sweep claims one run per agency and day, so checking often costs a single insert. */
const SWEEP_CHECK_MS = 10 * 60_000;
const DEMO_HISTORY_TASKS = 200;

/**
 * Process entry: config, database, migrations, demo data when empty, then listen and close cleanly.
 * With several processes (WEB_CONCURRENCY) the primary migrates and seeds, then its workers listen.
 */
async function main() {
  const config = loadConfig();
  const processes = serverProcessCount(config);
  if (cluster.isPrimary && processes > 1) {
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 1 });
    await database.migrate();
    const seeded = await seedWhenEmpty(config, database.db);
    await database.close();
    if (seeded) console.log(loginLines(seeded).join('\n'));
    const primary = runPrimary(processes);
    process.on('SIGINT', () => primary.stop('SIGINT'));
    process.on('SIGTERM', () => primary.stop('SIGTERM'));
    console.log(`Công vụ: ${processes} tiến trình / processes on http://${config.HOST}:${config.PORT}`);
    return;
  }
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
  if (cluster.isWorker) return serve(config, database, null, process.env[RUNS_JOBS_ENV] === '1');
  await database.migrate();
  return serve(config, database, await seedWhenEmpty(config, database.db), true);
}

type Seeded = Awaited<ReturnType<typeof seedDemoAgency>>;

/** The demo agency, loaded when the database holds none and SEED_DEMO is on. */
async function seedWhenEmpty(config: Config, db: Database['db']): Promise<Seeded | null> {
  const [{ agencyCount }] = await db.select({ agencyCount: count() }).from(agencies);
  const seeded = config.SEED_DEMO && agencyCount === 0 ? await seedDemoAgency(db, systemClock) : null;
  if (seeded) {
    console.log('Đang nạp dữ liệu mẫu / loading the demo agency…');
    await seedDemoHistory(db, systemClock.now(), seeded, DEMO_HISTORY_TASKS);
    await seedDemoWork(db, systemClock.now(), seeded);
    const { directiveId } = await seedDemoDocuments(db, systemClock.now(), seeded);
    await seedDemoDissemination(db, systemClock.now(), seeded, directiveId);
    await seedDemoConduct(db, systemClock.now(), seeded);
    await seedDemoFeedback(db, systemClock.now(), seeded, { files: createFileStore(join(config.DATA_DIR, 'files')), identityKey: feedbackIdentityKeyOf(config) });
  }
  return seeded;
}

function loginLines(seeded: Seeded): string[] {
  return ['Đã nạp dữ liệu mẫu / demo agency loaded. Tài khoản mẫu / demo logins:', ...seeded.logins.map((login) => `  ${login.username.padEnd(10)} ${login.password}   ${login.description}`)];
}

/** One server process: the app on the port, and the periodic jobs when `runsJobs`. */
async function serve(config: Config, database: Database, seeded: Seeded | null, runsJobs: boolean) {

  const app = await buildApp({
    database,
    config,
    clock: systemClock,
    logger: {
      level: config.LOG_LEVEL,
      // Personal data and credentials never reach the logs.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers["x-tracking-code"]', 'req.body', 'res.headers["set-cookie"]'],
      // Query strings carry searched names ("?q=nguyen van"): log the path only.
      serializers: { req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url.split('?')[0] }) },
    },
  });

  const sweepDeps = { db: database.db, clock: systemClock, calendars: createCalendarCache(database.db), signalSettings: signalSettingsOf(config) };
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  const sweep = async () => {
    await sweepAllAgencies(sweepDeps).catch((error: unknown) => app.log.error({ err: error }, 'signal sweep failed'));
    await sweepDisseminationForAllAgencies(sweepDeps).catch((error: unknown) => app.log.error({ err: error }, 'dissemination sweep failed'));
    await conductDailyAllAgencies(sweepDeps).catch((error: unknown) => app.log.error({ err: error }, 'conduct daily job failed'));
    await noticeOverdueAcceptanceForAllAgencies(sweepDeps).catch((error: unknown) => app.log.error({ err: error }, 'public report acceptance check failed'));
    // The digest goes out once a day from 07:00 Hà Nội time, when people start work.
    const hourInVietnam = (new Date().getUTCHours() + 7) % 24;
    if (mailer && hourInVietnam >= 7) {
      await digestAllAgencies({ db: database.db, clock: systemClock, mailer }).catch((error: unknown) => app.log.error({ err: error }, 'digest failed'));
    }
  };
  const sweepTimer = runsJobs ? setInterval(sweep, SWEEP_CHECK_MS) : undefined;

  let isClosing = false;
  const close = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'đang dừng / shutting down');
    clearInterval(sweepTimer);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ host: config.HOST, port: config.PORT });
  const url = `http://${config.HOST}:${config.PORT}`;
  const where = database.kind === 'pglite' ? `PGlite ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [`\nCông vụ đang chạy tại / is running at ${url}  [${where}]`, `API: ${url}/api/docs`];
  if (seeded) {
    lines.push(...loginLines(seeded));
  } else if (config.SEED_DEMO && !cluster.isWorker) {
    lines.push('Dữ liệu đã có sẵn / existing data kept (demo password: Congvu@2026; see README to reset).');
  }
  if (!cluster.isWorker) console.log(lines.join('\n') + '\n');
  if (runsJobs) void sweep();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
