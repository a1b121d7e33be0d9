import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

test('live answers while the process runs; ready checks the database, the migrations and the shutdown', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/health/live' })).json()).toEqual({ status: 'live' });
  const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
  expect(ready.statusCode).toBe(200);
  expect(ready.json()).toMatchObject({ status: 'ready', checks: { database: true, migrations: true, accepting: true } });
  expect(ready.json().migration.applied).toBe(ready.json().migration.expected);

  t.app.lifecycle.startDraining();
  const draining = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
  expect(draining.statusCode).toBe(503);
  expect(draining.json()).toMatchObject({ status: 'not_ready', checks: { database: true, migrations: true, accepting: false } });
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);
});
