import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { buildApp } from './app.js';
import { feedbackIdentityKeyOf, loadConfig, signalSettingsOf } from './config.js';
import { openDatabase } from './db/client.js';
import { agencies } from './db/schema/index.js';
import { seedDemoAgency } from './db/seed/demo-agency.js';
import { seedDemoDissemination } from './db/seed/demo-dissemination.js';
import { seedDemoDocuments } from './db/seed/demo-documents.js';
import { seedDemoHistory } from './db/seed/demo-history.js';
import { seedDemoWork } from './db/seed/demo-work.js';
import { sweepDisseminationForAllAgencies } from './modules/dissemination/index.js';
import { seedDemoConduct } from './db/seed/demo-conduct.js';
import { seedDemoProcedures } from './db/seed/demo-procedures.js';
import { seedDemoFeedback } from './db/seed/demo-feedback.js';
import { seedDemoEvaluation } from './db/seed/demo-evaluation.js';
import { seedDemoPrivacy } from './db/seed/demo-privacy.js';
import { noticeOverdueAcceptanceForAllAgencies } from './modules/feedback/index.js';
import { digestAllAgencies } from './modules/notifications/index.js';
import { sweepAllAgencies } from './modules/work/index.js';
import { conductDailyAllAgencies } from './modules/conduct/index.js';
import { evaluationDailyAllAgencies } from './modules/evaluation/index.js';
import { createFileStore } from './platform/files.js';
import { createMailer } from './platform/mail.js';
import { createCalendarCache } from './platform/calendar/calendar.repository.js';
import { systemClock } from './platform/clock.js';
import { createLifecycle } from './platform/lifecycle.js';
import { startMetricsListener } from './http/metrics.js';
import { runScheduledBackup } from './modules/backup/index.js';
import { VERSION } from './app.js';

/** The signal sweep claims one run per agency and day, so checking often costs a single insert. */
const SWEEP_CHECK_MS = 10 * 60_000;
const DEMO_HISTORY_TASKS = 200;
/** Requests and the sweep in flight get this long to finish after the drain before the process gives up. */
const SHUTDOWN_LIMIT_MS = 30_000;

/** Process entry: config, database, migrations, demo data when empty, listen, close cleanly. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
  await database.migrate();

  const [{ agencyCount }] = await database.db.select({ agencyCount: count() }).from(agencies);
  const seeded = config.SEED_DEMO && agencyCount === 0 ? await seedDemoAgency(database.db, systemClock) : null;
  if (seeded) {
    console.log('Đang nạp dữ liệu mẫu / loading the demo agency…');
    await seedDemoHistory(database.db, systemClock.now(), seeded, DEMO_HISTORY_TASKS);
    await seedDemoWork(database.db, systemClock.now(), seeded);
    const { directiveId } = await seedDemoDocuments(database.db, systemClock.now(), seeded);
    await seedDemoDissemination(database.db, systemClock.now(), seeded, directiveId);
    await seedDemoConduct(database.db, systemClock.now(), seeded);
    await seedDemoProcedures(database.db, systemClock.now(), seeded);
    await seedDemoEvaluation(database.db, systemClock.now(), seeded);
    await seedDemoPrivacy(database.db, systemClock.now(), seeded);
    await seedDemoFeedback(database.db, systemClock.now(), seeded, { files: createFileStore(join(config.DATA_DIR, 'files')), identityKey: feedbackIdentityKeyOf(config) });
  }

  const lifecycle = createLifecycle();
  const app = await buildApp({
    lifecycle,
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
    await evaluationDailyAllAgencies(sweepDeps).catch((error: unknown) => app.log.error({ err: error }, 'evaluation daily job failed'));
    if (config.BACKUP_DIR) {
      const backupDeps = { database, clock: systemClock, dataDir: config.DATA_DIR, backupDir: config.BACKUP_DIR, keep: config.BACKUP_KEEP, appVersion: VERSION };
      await runScheduledBackup(backupDeps).catch((error: unknown) => app.log.error({ err: error }, 'scheduled backup failed'));
    }
    await noticeOverdueAcceptanceForAllAgencies(sweepDeps).catch((error: unknown) => app.log.error({ err: error }, 'public report acceptance check failed'));
    // The digest goes out once a day from 07:00 Hà Nội time, when people start work.
    const hourInVietnam = (new Date().getUTCHours() + 7) % 24;
    if (mailer && hourInVietnam >= 7) {
      await digestAllAgencies({ db: database.db, clock: systemClock, mailer }).catch((error: unknown) => app.log.error({ err: error }, 'digest failed'));
    }
  };
  let sweeping: Promise<void> = Promise.resolve();
  const startSweep = () => {
    sweeping = sweeping.then(sweep);
  };
  const sweepTimer = setInterval(startSweep, SWEEP_CHECK_MS);
  const metricsServer = config.METRICS_PORT ? await startMetricsListener(app.metrics, config.METRICS_HOST, config.METRICS_PORT) : null;

  // Graceful shutdown: ready answers 503 first so the proxy stops sending, then the listener stops
  // accepting, requests and the sweep in flight finish, and the pool closes.
  const close = async (signal: string) => {
    if (lifecycle.isDraining()) return;
    lifecycle.startDraining();
    app.log.info({ signal, drainMs: config.SHUTDOWN_DRAIN_MS }, 'đang dừng / shutting down');
    clearInterval(sweepTimer);
    setTimeout(() => {
      app.log.error('shutdown took too long, exiting');
      process.exit(1);
    }, config.SHUTDOWN_DRAIN_MS + SHUTDOWN_LIMIT_MS).unref();
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
    await app.close();
    await sweeping;
    metricsServer?.close();
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
    lines.push('Đã nạp dữ liệu mẫu / demo agency loaded. Tài khoản mẫu / demo logins:');
    for (const login of seeded.logins) lines.push(`  ${login.username.padEnd(10)} ${login.password}   ${login.description}`);
  } else if (config.SEED_DEMO) {
    lines.push('Dữ liệu đã có sẵn / existing data kept (demo password: Congvu@2026; see README to reset).');
  }
  console.log(lines.join('\n') + '\n');
  startSweep();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
