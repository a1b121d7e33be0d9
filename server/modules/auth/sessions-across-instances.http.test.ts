import type { FastifyInstance } from 'fastify';
import { afterAll, describe } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

// Two application instances on one database, as behind a load balancer.
let t: TestApp;
let other: FastifyInstance;
test.beforeAll(async ({ app }) => {
  t = app;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '10000', DATA_DIR: `.tmp/test-data-${process.pid}` });
  other = await buildApp({ database: t.database, config, clock: t.clock, logger: false });
  await other.ready();
});
afterAll(async () => {
  await other.close();
});

async function agencyWithStaff() {
  const { root } = await createAgency(t.database.db);
  const admin = await createUser(t.database.db, root, ['agency_admin']);
  const staff = await createUser(t.database.db, root, ['staff']);
  return { admin: api(other, await login(other, admin.username)), staff, staffHere: api(t.app, await login(t.app, staff.username)) };
}

describe('a change made on another instance applies at the next request', () => {
  test('sees granted and revoked roles', async () => {
    const { admin, staff, staffHere } = await agencyWithStaff();
    expect((await staffHere.get('/api/v1/accounts')).statusCode).toBe(403);
    expect((await admin.put(`/api/v1/accounts/${staff.userId}/roles`, { roles: [{ role: 'agency_admin' }, { role: 'staff' }] })).statusCode).toBe(200);
    expect((await staffHere.get('/api/v1/accounts')).statusCode).toBe(200);
    expect((await admin.put(`/api/v1/accounts/${staff.userId}/roles`, { roles: [{ role: 'staff' }] })).statusCode).toBe(200);
    expect((await staffHere.get('/api/v1/accounts')).statusCode).toBe(403);
  });

  test('ends a deactivated user’s session', async () => {
    const { admin, staff, staffHere } = await agencyWithStaff();
    expect((await staffHere.get('/api/v1/tasks/summary')).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/accounts/${staff.userId}/deactivate`)).statusCode).toBe(200);
    expect((await staffHere.get('/api/v1/tasks/summary')).statusCode).toBe(401);
  });

  test('still ends a session when it expires', async () => {
    const { staffHere } = await agencyWithStaff();
    t.clock.advanceMs(13 * 3600_000);
    expect((await staffHere.get('/api/v1/tasks/summary')).statusCode).toBe(401);
  });

  test('sees a password change made on the other instance at the very next request', async () => {
    const { staff, staffHere } = await agencyWithStaff();
    const there = api(other, await login(other, staff.username));
    const changed = await there.post('/api/v1/auth/password', { currentPassword: 'mat-khau-thu-nghiem-2026', newPassword: 'chim-en-bay-ve-phuong-nam-2026' });
    expect(changed.statusCode).toBe(200);
    expect((await staffHere.get('/api/v1/tasks/summary')).statusCode).toBe(401);
  });
});
