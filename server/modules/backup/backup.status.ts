import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../contracts/common.js';
import { systemStatusSchema, type JobRunStatus } from '../../../contracts/system-status.js';
import { queryRows, type Db } from '../../db/client.js';
import { jobRuns } from '../../db/schema/index.js';
import { actorOf } from '../../http/session.js';
import { isAdministrator } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { forbidden } from '../../platform/errors.js';
import { migrationState } from '../health/index.js';
import { BACKUP_JOB, lastScheduledBackup, lastSuccessfulBackupAt } from './backup.schedule.js';

export interface SystemStatusDeps {
  db: Db;
  clock: Clock;
  databaseKind: 'pglite' | 'postgres';
  version: string;
  /** BACKUP_DIR and BACKUP_KEEP, when backups are scheduled. */
  backupDir?: string;
  backupKeep: number;
}

/** A day's backup plus two hours of slack before the screen calls it overdue. */
const BACKUP_OVERDUE_MS = 26 * 3_600_000;

type RunRow = { job: string; runKey: string; startedAt: Date; finishedAt: Date | null; result: unknown };

const resultOf = (row: RunRow) => (row.result ?? {}) as { isOk?: boolean; error?: string; file?: string; bytes?: number; rows?: number; files?: number };

export function jobRunStatusOf(row: RunRow): JobRunStatus {
  const result = resultOf(row);
  const state = row.finishedAt === null ? 'running' : result.isOk === false ? 'failed' : 'ok';
  return {
    job: row.job,
    runKey: row.runKey,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    state,
    error: state === 'failed' ? (result.error ?? null) : null,
  };
}

/** Each periodic job's latest run in the agency; the system-wide backup is shown on its own. */
async function latestJobRuns(db: Db, agencyId: string) {
  return db
    .selectDistinctOn([jobRuns.job], {
      job: jobRuns.job,
      runKey: jobRuns.runKey,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
      result: jobRuns.result,
    })
    .from(jobRuns)
    .where(and(eq(jobRuns.agencyId, agencyId), ne(jobRuns.job, BACKUP_JOB)))
    .orderBy(jobRuns.job, desc(jobRuns.startedAt));
}

/** The administrators' health screen: version, database, migrations, the scheduled backup and the periodic jobs. */
export const systemStatusRoutes: FastifyPluginAsyncZod<SystemStatusDeps> = async (app, deps) => {
  app.get(
    '/admin/system-status',
    { schema: { tags: ['admin'], summary: 'Tình trạng hệ thống cho quản trị viên', response: { 200: systemStatusSchema, 403: problemSchema } } },
    async (request) => {
      const actor = actorOf(request);
      if (!isAdministrator(actor)) throw forbidden();
      const now = deps.clock.now();
      const [server] = await queryRows<{ server_version: string }>(deps.db, sql`select current_setting('server_version') as server_version`);
      const [migration, backupRow, lastGoodAt, jobs] = await Promise.all([
        migrationState(deps.db),
        lastScheduledBackup(deps.db),
        lastSuccessfulBackupAt(deps.db),
        latestJobRuns(deps.db, actor.agencyId),
      ]);
      const lastRun = backupRow && { ...jobRunStatusOf({ job: BACKUP_JOB, ...backupRow }), ...pickBackupFigures(resultOf({ job: BACKUP_JOB, ...backupRow })) };
      const isScheduled = deps.backupDir !== undefined;
      return {
        version: deps.version,
        checkedAt: now.toISOString(),
        database: { kind: deps.databaseKind, serverVersion: server.server_version },
        migration,
        backup: {
          isScheduled,
          keep: deps.backupKeep,
          lastSuccessAt: lastGoodAt?.toISOString() ?? null,
          isOverdue: isScheduled && (lastGoodAt === null || now.getTime() - lastGoodAt.getTime() > BACKUP_OVERDUE_MS),
          lastRun,
        },
        jobs: jobs.map(jobRunStatusOf),
      };
    },
  );
};

function pickBackupFigures(result: ReturnType<typeof resultOf>) {
  return { file: result.file ?? null, bytes: result.bytes ?? null, rows: result.rows ?? null, files: result.files ?? null };
}
