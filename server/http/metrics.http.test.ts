import type { AddressInfo } from 'node:net';
import { claimJobRun, finishJobRun } from '../platform/jobs.js';
import { createAgency } from '../test/factories.js';
import { startMetricsListener } from './metrics.js';
import { expect, test, type TestApp } from '../test/fixtures/index.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
let t: TestApp;
test.override('appOptions', { env: { METRICS_TOKEN: TOKEN } });
test.beforeAll(({ app }) => {
  t = app;
});

const scrape = () => t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });

test('answers /metrics to the bearer of METRICS_TOKEN alone', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
  expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-of-the-same-len' } })).statusCode).toBe(401);
  const response = await scrape();
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('text/plain');
});

test('counts requests and latency by route pattern (never the URL), errors, jobs and signals', async () => {
  const { agencyId } = await createAgency(t.database.db);
  await t.app.inject({ method: 'GET', url: '/api/v1/health/live' });
  await t.app.inject({ method: 'GET', url: '/api/v1/tasks/00000000-0000-4000-8000-000000000001' });
  expect(await claimJobRun(t.database.db, agencyId, 'test.job', '2026-03-02', t.clock.now())).toBe(true);
  expect(await claimJobRun(t.database.db, agencyId, 'test.job', '2026-03-02', t.clock.now())).toBe(false);
  await finishJobRun(t.database.db, agencyId, 'test.job', '2026-03-02', t.clock.now(), {});

  const body = (await scrape()).body;
  expect(body).toContain('congvu_http_requests_total{method="GET",route="/api/v1/health/live",status="200"} 1');
  expect(body).toContain('congvu_http_requests_total{method="GET",route="/api/v1/tasks/:id",status="401"} 1');
  expect(body).not.toContain('00000000-0000-4000-8000-000000000001');
  expect(body).toMatch(/congvu_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health\/live"\} 1/);
  expect(body).toContain('# TYPE congvu_http_errors_total counter');
  expect(body).toMatch(/congvu_job_runs_total\{job="test.job"\} 1/);
  expect(body).toMatch(/congvu_job_runs_skipped_total\{job="test.job"\} 1/);
  expect(body).toMatch(/congvu_job_run_seconds_total\{job="test.job"\} [0-9.e-]+/);
  expect(body).toMatch(/congvu_open_task_signals\{kind="overdue"\} \d+/);
  if (t.database.kind === 'postgres') expect(body).toMatch(/congvu_db_pool_connections\{state="total"\} \d+/);
});

test('serves /metrics alone on a second listener bound to its own address', async () => {
  const server = await startMetricsListener(t.app.metrics, '127.0.0.1', 0);
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('congvu_http_requests_total');
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health/live`)).status).toBe(404);
  } finally {
    server.close();
  }
});
