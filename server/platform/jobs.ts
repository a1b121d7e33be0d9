import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { jobRuns } from '../db/schema/index.js';
import { recordJobRun, recordJobSkipped } from './metrics.js';

/** When this process claimed each run it holds, for its duration in the metrics. */
const claimedAt = new Map<string, number>();
const keyOf = (agencyId: string, job: string, runKey: string) => `${agencyId}|${job}|${runKey}`;

/**
 * Scheduled jobs run once per agency and run key (a local date) however many instances ask:
 * the instance whose job_runs row is inserted does the work, the others skip.
 */
export async function claimJobRun(db: Db, agencyId: string, job: string, runKey: string, now: Date): Promise<boolean> {
  const claimed = await db.insert(jobRuns).values({ agencyId, job, runKey, startedAt: now }).onConflictDoNothing().returning();
  if (claimed.length === 0) {
    recordJobSkipped(job);
    return false;
  }
  claimedAt.set(keyOf(agencyId, job, runKey), performance.now());
  return true;
}

export async function finishJobRun(db: Db, agencyId: string, job: string, runKey: string, now: Date, result: unknown) {
  await db
    .update(jobRuns)
    .set({ finishedAt: now, result })
    .where(and(eq(jobRuns.agencyId, agencyId), eq(jobRuns.job, job), eq(jobRuns.runKey, runKey)));
  const key = keyOf(agencyId, job, runKey);
  const started = claimedAt.get(key);
  claimedAt.delete(key);
  if (started !== undefined) recordJobRun(job, (performance.now() - started) / 1000);
}
