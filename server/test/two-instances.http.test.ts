import { describe } from 'vitest';
import { loadConfig, signalSettingsOf } from '../config.js';
import { runSignalSweep } from '../modules/work/index.js';
import { createCalendarCache } from '../platform/calendar/calendar.repository.js';
import { createAgency, createUser, type UnitRef } from './factories.js';
import { api, login } from './http.js';
import { expect, test, type TestApp } from './fixtures/index.js';

/**
 * Two instances on one PostgreSQL, each with its own pool, process state and caches, as two servers
 * behind a proxy would be. PGlite is one process's database: there is nothing to share.
 */
describe.runIf(process.env.DATABASE_URL)('two instances on one PostgreSQL', () => {
  let first: TestApp;
  let second: TestApp;
  let root: UnitRef;
  let username: string;
  test.beforeAll(async ({ app, openApp }) => {
    first = app;
    second = await openApp();
    ({ root } = await createAgency(first.database.db));
    ({ username } = await createUser(first.database.db, root, ['agency_admin', 'staff']));
  });

  test('a session made on one instance works on the other, and a sign-out on one ends it on both', async () => {
    const session = await login(first.app, username);
    expect((await api(second.app, session).get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await api(second.app, session).post('/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    expect((await api(first.app, session).get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  test('a write on one instance is read at once on the other', async () => {
    const session = await login(first.app, username);
    const created = await api(first.app, session).post('/api/v1/units', {
      parentId: root.id,
      kind: 'department',
      code: `TWO-${Date.now()}`,
      name: 'Ban viết ở máy một',
    });
    expect(created.statusCode).toBe(200);
    const units = (await api(second.app, session).get('/api/v1/units')).json();
    expect(JSON.stringify(units)).toContain(created.json().id);
  });

  test('the daily job runs once when both instances start it together', async () => {
    const depsOf = (t: TestApp) => ({
      db: t.database.db,
      clock: t.clock,
      calendars: createCalendarCache(t.database.db),
      signalSettings: signalSettingsOf(loadConfig({ NODE_ENV: 'test' })),
    });
    const runs = await Promise.all([runSignalSweep(depsOf(first), root.agencyId), runSignalSweep(depsOf(second), root.agencyId)]);
    expect(runs.filter((run) => run.ran)).toHaveLength(1);
  });
});
