import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { queryRows } from '../../db/client.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

// Issue 27, point 4: an idle timeout on top of the 12 h lifetime, and one's own sessions listed and ended.
let t: TestApp;
test.override('appOptions', { env: { SESSION_IDLE_MINUTES: '30' } });
test.beforeAll(({ app }) => {
  t = app;
});

async function staffUser() {
  const { root } = await createAgency(t.database.db);
  return createUser(t.database.db, root, ['staff']);
}
const loginAs = async (username: string, userAgent: string) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'user-agent': userAgent },
    payload: { username, password: 'mat-khau-thu-nghiem-2026' },
  });
  const cookie = response.cookies.find((c) => c.name === 'congvu_session')!;
  return api(t.app, { cookie: `congvu_session=${cookie.value}`, csrfToken: response.json().csrfToken });
};

describe('idle timeout', () => {
  test('ends a session unused for 30 minutes, and keeps one in use', async () => {
    const user = await staffUser();
    const idle = api(t.app, await login(t.app, user.username));
    const busy = api(t.app, await login(t.app, user.username));
    for (let minute = 0; minute < 4; minute++) {
      t.clock.advanceMs(10 * 60_000);
      expect((await busy.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    }
    expect((await idle.get('/api/v1/tasks/summary')).statusCode).toBe(401);
    expect((await busy.get('/api/v1/auth/session')).statusCode).toBe(200);
  });

  test('writes "last seen" at most once a minute', async () => {
    const user = await staffUser();
    const client = api(t.app, await login(t.app, user.username));
    const lastSeen = async () => (await client.get('/api/v1/auth/sessions')).json().items[0].lastSeenAt;
    const first = await lastSeen();
    t.clock.advanceMs(30_000);
    expect(await lastSeen()).toBe(first);
    t.clock.advanceMs(31_000);
    expect(await lastSeen()).not.toBe(first);
  });
});

describe('own sessions', () => {
  test('lists the live sessions with device, address and times, the current one marked', async () => {
    const user = await staffUser();
    const phone = await loginAs(user.username, 'Phone browser');
    await loginAs(user.username, 'Office PC');
    const { items, idleMinutes } = (await phone.get('/api/v1/auth/sessions')).json();
    expect(idleMinutes).toBe(30);
    expect(items).toHaveLength(2);
    expect(items.find((s: { isCurrent: boolean }) => s.isCurrent)).toMatchObject({ userAgent: 'Phone browser', address: '127.0.0.1' });
    expect(items.find((s: { isCurrent: boolean }) => !s.isCurrent)).toMatchObject({ userAgent: 'Office PC' });
    expect(Object.keys(items[0]).sort()).toEqual(['address', 'createdAt', 'expiresAt', 'id', 'isCurrent', 'lastSeenAt', 'userAgent']);
  });

  test('ends one other session; the current one and another user’s are refused', async () => {
    const user = await staffUser();
    const here = await loginAs(user.username, 'Here');
    const there = await loginAs(user.username, 'There');
    const stranger = await loginAs((await staffUser()).username, 'Stranger');
    const { items } = (await here.get('/api/v1/auth/sessions')).json();
    const other = items.find((s: { isCurrent: boolean }) => !s.isCurrent).id;
    const current = items.find((s: { isCurrent: boolean }) => s.isCurrent).id;
    expect((await stranger.post(`/api/v1/auth/sessions/${other}/end`)).statusCode).toBe(404);
    expect((await there.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    expect((await here.post(`/api/v1/auth/sessions/${current}/end`)).statusCode).toBe(409);
    expect((await here.post(`/api/v1/auth/sessions/${other}/end`)).statusCode).toBe(200);
    expect((await there.get('/api/v1/tasks/summary')).statusCode).toBe(401);
    expect((await here.get('/api/v1/tasks/summary')).statusCode).toBe(200);
  });

  test('ends all other sessions and audits it', async () => {
    const user = await staffUser();
    const here = await loginAs(user.username, 'Here');
    const others = [await loginAs(user.username, 'A'), await loginAs(user.username, 'B')];
    const response = await here.post('/api/v1/auth/sessions/end-others');
    expect(response.json()).toEqual({ ended: 2 });
    for (const other of others) expect((await other.get('/api/v1/tasks/summary')).statusCode).toBe(401);
    expect((await here.get('/api/v1/auth/sessions')).json().items).toHaveLength(1);
    const audited = await queryRows(t.database.db, sql`select change from audit_events where action = 'user.sessions_ended' and subject_id = ${user.userId}`);
    expect(audited).toEqual([{ change: { others: 2 } }]);
  });

  test('refuses to list or end without a session, and a write without the CSRF token', async () => {
    expect((await api(t.app, null).get('/api/v1/auth/sessions')).statusCode).toBe(401);
    const user = await staffUser();
    const session = await login(t.app, user.username);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions/end-others', headers: { cookie: session.cookie } });
    expect(noCsrf.statusCode).toBe(403);
  });
});
