import type { FastifyBaseLogger } from 'fastify';
import { auditCheckpointKeyOf, type Config, signalSettingsOf } from './config.js';
import type { Database } from './db/client.js';
import { checkpointAllAgencies } from './modules/audit/index.js';
import { purgeEndedSessions } from './modules/auth/index.js';
import { runScheduledBackup } from './modules/backup/index.js';
import { conductDailyAllAgencies } from './modules/conduct/index.js';
import { sweepDisseminationForAllAgencies } from './modules/dissemination/index.js';
import { evaluationDailyAllAgencies } from './modules/evaluation/index.js';
import { explanationEscalationAllAgencies } from './modules/explanations/index.js';
import { noticeOverdueAcceptanceForAllAgencies } from './modules/feedback/index.js';
import { digestAllAgencies, sendImmediateMail } from './modules/notifications/index.js';
import { recurringTasksForAllAgencies, sweepAllAgencies } from './modules/work/index.js';
import { repairRunsForAllAgencies } from './modules/procedures/index.js';
import { createCalendarCache } from './platform/calendar/calendar.repository.js';
import { systemClock } from './platform/clock.js';
import { createMailer } from './platform/mail.js';

/**
 * The periodic jobs, in order. Each claims its run per agency and day in job_runs, so running the
 * whole list often, or from several instances, does each job once.
 */
export function createPeriodicJobs(config: Config, database: Database, log: FastifyBaseLogger, appVersion: string) {
  const sweepDeps = { db: database.db, clock: systemClock, calendars: createCalendarCache(database.db), signalSettings: signalSettingsOf(config) };
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  const logFailure = (job: string) => (error: unknown) => log.error({ err: error }, `${job} failed`);
  return async () => {
    await sweepAllAgencies(sweepDeps).catch(logFailure('signal sweep'));
    await recurringTasksForAllAgencies(sweepDeps).catch(logFailure('recurring tasks'));
    await sweepDisseminationForAllAgencies(sweepDeps).catch(logFailure('dissemination sweep'));
    await conductDailyAllAgencies(sweepDeps).catch(logFailure('conduct daily job'));
    await evaluationDailyAllAgencies(sweepDeps).catch(logFailure('evaluation daily job'));
    await explanationEscalationAllAgencies(sweepDeps).catch(logFailure('explanation escalation'));
    if (config.BACKUP_DIR) {
      const backupDeps = { database, clock: systemClock, dataDir: config.DATA_DIR, backupDir: config.BACKUP_DIR, keep: config.BACKUP_KEEP, appVersion };
      await runScheduledBackup(backupDeps).catch(logFailure('scheduled backup'));
    }
    await checkpointAllAgencies({ ...sweepDeps, checkpointKey: auditCheckpointKeyOf(config) }).catch(logFailure('audit checkpoint'));
    await noticeOverdueAcceptanceForAllAgencies(sweepDeps).catch(logFailure('public report acceptance check'));
    await repairRunsForAllAgencies(sweepDeps).catch(logFailure('procedure run repair'));
    await purgeEndedSessions({ ...sweepDeps, sessionIdleMinutes: config.SESSION_IDLE_MINUTES }).catch(logFailure('session purge'));
    // The digest goes out once a day from 07:00 Hà Nội time, when people start work.
    const hourInVietnam = (new Date().getUTCHours() + 7) % 24;
    if (mailer && hourInVietnam >= 7) await digestAllAgencies({ db: database.db, clock: systemClock, mailer }).catch(logFailure('digest'));
  };
}

/** Mails what people asked to get by e-mail at once; run far more often than the daily jobs. Null without SMTP. */
export function createImmediateMailJob(config: Config, database: Database, log: FastifyBaseLogger) {
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  if (!mailer) return null;
  return () =>
    sendImmediateMail({ db: database.db, clock: systemClock, mailer }).then(
      () => undefined,
      (error: unknown) => log.error({ err: error }, 'immediate mail failed'),
    );
}
