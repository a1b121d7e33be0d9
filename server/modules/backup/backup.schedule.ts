import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.js';
import { agencies, jobRuns } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import type { Clock } from '../../platform/clock.js';
import { claimJobRun, finishJobRun } from '../../platform/jobs.js';
import { writeBackupFile } from './backup.service.js';

export const BACKUP_JOB = 'backup.scheduled';
const BACKUP_NAME = /^congvu-\d{8}T\d{6}\.tar\.gz$/;

export interface ScheduledBackupDeps {
  database: Database;
  clock: Clock;
  dataDir: string;
  backupDir: string;
  keep: number;
  appVersion: string;
}

/**
 * job_runs rows belong to an agency: the system-wide backup's run is claimed under the oldest
 * agency, so one instance among several makes it, once a day.
 */
async function holderAgencyOf(db: Db) {
  const [row] = await db.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.createdAt), asc(agencies.id)).limit(1);
  return row?.id ?? null;
}

/** Keeps the `keep` newest scheduled backups in the folder (names sort by time). */
async function pruneBackups(folder: string, keep: number) {
  const names = (await readdir(folder)).filter((name) => BACKUP_NAME.test(name)).sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) await rm(join(folder, name), { force: true });
}

/** Makes today's backup into BACKUP_DIR unless this or another instance made it already. */
export async function runScheduledBackup(deps: ScheduledBackupDeps) {
  const { db } = deps.database;
  const agencyId = await holderAgencyOf(db);
  if (!agencyId) return { ran: false };
  const now = deps.clock.now();
  const runKey = localDateOf(now);
  if (!(await claimJobRun(db, agencyId, BACKUP_JOB, runKey, now))) return { ran: false };
  let result: Record<string, unknown>;
  try {
    await mkdir(deps.backupDir, { recursive: true });
    const file = join(deps.backupDir, `congvu-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}.tar.gz`);
    const manifest = await writeBackupFile({ database: deps.database, filesDir: join(deps.dataDir, 'files'), appVersion: deps.appVersion, now }, file);
    await pruneBackups(deps.backupDir, deps.keep);
    result = {
      isOk: true,
      file,
      bytes: (await stat(file)).size,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      files: manifest.files.length,
    };
  } catch (error) {
    result = { isOk: false, error: (error as Error).message };
  }
  await finishJobRun(db, agencyId, BACKUP_JOB, runKey, deps.clock.now(), result);
  return { ran: true, result };
}

/** The last scheduled backup's run, for the administrators' health screen. */
export async function lastScheduledBackup(db: Db) {
  const [row] = await db
    .select({ runKey: jobRuns.runKey, startedAt: jobRuns.startedAt, finishedAt: jobRuns.finishedAt, result: jobRuns.result })
    .from(jobRuns)
    .where(eq(jobRuns.job, BACKUP_JOB))
    .orderBy(desc(jobRuns.startedAt))
    .limit(1);
  return row ?? null;
}

/** When the last scheduled backup that succeeded started: how old the newest usable copy is. */
export async function lastSuccessfulBackupAt(db: Db) {
  const [row] = await db
    .select({ startedAt: jobRuns.startedAt })
    .from(jobRuns)
    .where(and(eq(jobRuns.job, BACKUP_JOB), sql`${jobRuns.result} ->> 'isOk' = 'true'`))
    .orderBy(desc(jobRuns.startedAt))
    .limit(1);
  return row?.startedAt ?? null;
}
