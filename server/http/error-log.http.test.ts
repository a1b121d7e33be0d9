import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { feedbackIdentityKeyOf, loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { ManualClock } from '../platform/clock.js';
import { openTestDatabase } from '../test/test-app.js';
import { logOptions } from './logging.js';

const SECRET = 'Khiếu nại về ông Nguyễn Văn Bí Mật, v1:c2VhbGVk';
const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

it('logs a failed statement by its name and SQLSTATE, never its values', async () => {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', DATA_DIR: `.tmp/test-data-${process.pid}` });
  // The logger as a deployment might configure it, without the server's serializers: the error handler itself must not pass values on.
  const app = await buildApp({ database, config, clock: new ManualClock(new Date()), logger: { level: 'error', stream } });
  app.post('/failing-statement', async () => database.db.execute(sql`insert into agencies (id, name) values (${'not-a-uuid'}, ${SECRET})`));
  const response = await app.inject({ method: 'POST', url: '/failing-statement', payload: {} });
  await app.close();
  expect(response.statusCode).toBe(500);
  const log = lines.join('');
  expect(log).toContain('unhandled error');
  expect(log).toMatch(/"databaseCode":"22P02"/);
  expect(log).toContain('insert agencies #');
  expect(log).not.toContain('Bí Mật');
  expect(log).not.toContain('not-a-uuid');
  expect(log).not.toContain('c2VhbGVk');
});

it('keeps the values out of every other error log line too (sweeps log through the server settings)', async () => {
  const captured: string[] = [];
  const logger = pino(
    logOptions('error'),
    new Writable({
      write(chunk, _encoding, done) {
        captured.push(String(chunk));
        done();
      },
    }),
  );
  const error = await database.db.execute(sql`select ${SECRET}::int`).then(
    () => null,
    (failure: unknown) => failure,
  );
  logger.error({ err: error }, 'signal sweep failed');
  expect(captured.join('')).toContain('"databaseCode":"22P02"');
  expect(captured.join('')).not.toContain('Bí Mật');
  logger.error({ err: new Error('an ordinary failure') }, 'other');
  expect(captured.join('')).toContain('an ordinary failure');
});

it('refuses to start in production with the public development key given explicitly', () => {
  const publicKey = feedbackIdentityKeyOf(loadConfig({ NODE_ENV: 'development' })).toString('base64');
  expect(() => loadConfig({ NODE_ENV: 'production', FEEDBACK_IDENTITY_KEY: publicKey })).toThrow(/FEEDBACK_IDENTITY_KEY/);
});
