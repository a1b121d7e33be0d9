import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { purgeEndedSessions } from './index.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

// Ended sessions are refused at once; the periodic jobs delete them so the table does not keep every login forever.
let t: TestApp;
test.override('appOptions', { env: { SESSION_IDLE_MINUTES: '30' } });
test.beforeAll(async ({ app }) => {
  t = app;
});

const sessionsOf = async (userId: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from sessions where user_id = ${userId}`))[0].n;

test('deletes the idle and expired sessions and keeps the ones in use', async () => {
  const { root } = await createAgency(t.database.db);
  const user = await createUser(t.database.db, root, ['staff']);
  await login(t.app, user.username);
  const busy = api(t.app, await login(t.app, user.username));
  t.clock.advanceMs(20 * 60_000);
  expect((await busy.get('/api/v1/auth/session')).statusCode).toBe(200);
  t.clock.advanceMs(15 * 60_000);
  const deps = { db: t.database.db, clock: t.clock, sessionIdleMinutes: 30 };

  expect(await purgeEndedSessions(deps)).toBeGreaterThanOrEqual(1);
  expect(await sessionsOf(user.userId)).toBe(1);
  expect((await busy.get('/api/v1/auth/session')).statusCode).toBe(200);

  t.clock.advanceMs(13 * 3_600_000);
  await purgeEndedSessions(deps);
  expect(await sessionsOf(user.userId)).toBe(0);
  expect(await purgeEndedSessions(deps)).toBe(0);
});
