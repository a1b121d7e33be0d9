import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { ManualClock } from '../platform/clock.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ManualClock;
  close(): Promise<void>;
}

/** A fresh application on a real database: the migrated PGlite snapshot, or DATABASE_URL. */
export async function openTestDatabase(): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) return openDatabase({ databaseUrl, poolSize: 4 });
  const snapshotPath = inject('databaseSnapshotPath');
  if (!snapshotPath) throw new Error('global setup did not provide a database snapshot');
  return openDatabase({ dataDir: 'memory://', snapshot: new Blob([readFileSync(snapshotPath)]) });
}

export async function createTestApp(options: { now?: Date; env?: Record<string, string>; database?: Database } = {}): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const clock = new ManualClock(options.now ?? new Date('2026-03-02T02:00:00Z'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    DATA_DIR: `.tmp/test-data-${process.pid}`,
    // Tests move the clock by hours between the requests of one login: idle as long as the 12 h lifetime.
    // The idle timeout has its own test (server/modules/auth/session-idle.http.test.ts).
    SESSION_IDLE_MINUTES: '720',
    ...options.env,
  });
  const app = await buildApp({ database, config, clock, logger: false });
  await app.ready();
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
