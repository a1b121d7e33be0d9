import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Config } from './config.js';

/** Set by the primary on the one worker that runs the periodic jobs (each job also claims its run in job_runs). */
export const RUNS_JOBS_ENV = 'CONGVU_RUNS_JOBS';

/**
 * How many server processes to run: WEB_CONCURRENCY, else one per core on PostgreSQL. PGlite lives
 * inside its process and holds a lock on its folder, so it is always one process.
 */
export function serverProcessCount(config: Pick<Config, 'DATABASE_URL' | 'WEB_CONCURRENCY'>, cores = availableParallelism()): number {
  if (!config.DATABASE_URL) return 1;
  return config.WEB_CONCURRENCY ?? cores;
}

export interface Fork {
  on(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown;
  kill(signal?: string): unknown;
}

/**
 * The primary: starts `count` workers sharing the port (node:cluster), gives the jobs to the first,
 * starts a worker again when one dies (the jobs go to its replacement), and stops them all on a signal.
 */
export function runPrimary(count: number, fork: (env: Record<string, string>) => Fork = (env) => cluster.fork(env)) {
  let isStopping = false;
  const workers = new Set<Fork>();
  const start = (runsJobs: boolean) => {
    const worker = fork(runsJobs ? { [RUNS_JOBS_ENV]: '1' } : {});
    workers.add(worker);
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      if (isStopping) return;
      console.error(`worker exited (${signal ?? code}); starting another`);
      start(runsJobs);
    });
  };
  for (let index = 0; index < count; index++) start(index === 0);
  const stop = (signal: string) => {
    isStopping = true;
    for (const worker of workers) worker.kill(signal);
  };
  return { workers, stop };
}
