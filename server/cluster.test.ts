import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RUNS_JOBS_ENV, runPrimary, serverProcessCount } from './cluster.js';
import { loadConfig } from './config.js';

const postgres = 'postgres://postgres@127.0.0.1:5432/congvu';

describe('server processes', () => {
  it('are one per core on PostgreSQL unless WEB_CONCURRENCY says otherwise, and always one on PGlite', () => {
    expect(serverProcessCount(loadConfig({ NODE_ENV: 'test', DATABASE_URL: postgres }), 4)).toBe(4);
    expect(serverProcessCount(loadConfig({ NODE_ENV: 'test', DATABASE_URL: postgres, WEB_CONCURRENCY: '2' }), 4)).toBe(2);
    expect(serverProcessCount(loadConfig({ NODE_ENV: 'test', WEB_CONCURRENCY: '3' }), 4)).toBe(1);
    expect(() => loadConfig({ NODE_ENV: 'test', WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });

  it('run the jobs in one worker only, which a replacement takes over, and all stop on a signal', () => {
    class FakeWorker extends EventEmitter {
      killedWith: string | undefined;
      constructor(readonly env: Record<string, string>) {
        super();
      }
      kill(signal?: string) {
        this.killedWith = signal;
        this.emit('exit', null, signal ?? 'SIGTERM');
      }
    }
    const forked: FakeWorker[] = [];
    const primary = runPrimary(3, (env) => {
      const worker = new FakeWorker(env);
      forked.push(worker);
      return worker;
    });
    const runningJobs = () => [...primary.workers].filter((worker) => (worker as FakeWorker).env[RUNS_JOBS_ENV] === '1');
    expect(primary.workers.size).toBe(3);
    expect(runningJobs()).toHaveLength(1);

    const jobs = runningJobs()[0] as FakeWorker;
    jobs.emit('exit', 1, null);
    expect(primary.workers.size).toBe(3);
    expect(runningJobs()).toHaveLength(1);
    expect(runningJobs()[0]).not.toBe(jobs);

    primary.stop('SIGTERM');
    expect(primary.workers.size).toBe(0);
    expect(forked).toHaveLength(4);
  });
});
