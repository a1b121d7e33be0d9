import { and, eq, sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { agencies, tasks, unitMonthCounters } from '../../db/schema/index.js';
import { CACHE_BOUNDS } from '../../platform/cache.js';
import { createWorkFixture, type WorkFixture } from '../../test/fixtures/work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { createAccountabilityReader } from './accountability.queries.js';

let t: TestApp;
let f: WorkFixture;
let code: string;
const SECRET_TITLE = 'Rà soát hồ sơ bí mật của ông Hoàng Văn Kín';
test.override('appOptions', { now: new Date('2026-03-02T02:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  f = await createWorkFixture(t.app, t.database.db);
  code = (await t.database.db.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, f.agencyId)))[0].code;
  const onTime = await f.assign({ title: SECRET_TITLE, due: { kind: 'date', dueDate: '2026-03-05' } });
  await f.clients.lan.post(`/api/v1/tasks/${onTime.id}/accept`, {});
  await f.clients.lan.post(`/api/v1/tasks/${onTime.id}/submit`, { note: 'Xong' });
  await f.clients.head.post(`/api/v1/tasks/${onTime.id}/accept-result`, { grade: 4 });
  const late = await f.assign({ title: 'Việc trễ của bà Lê Thị Muộn', due: { kind: 'date', dueDate: '2026-03-02' } });
  await f.clients.lan.post(`/api/v1/tasks/${late.id}/accept`, {});
  t.clock.set(new Date('2026-03-04T03:00:00Z'));
  await f.logInAgain();
  await f.clients.lan.post(`/api/v1/tasks/${late.id}/submit`, { note: 'Xong muộn' });
  await f.clients.head.post(`/api/v1/tasks/${late.id}/accept-result`, { grade: 3 });
});

const page = () => t.app.inject({ method: 'GET', url: `/cong-khai?co-quan=${encodeURIComponent(code)}` });

describe('the public accountability page', () => {
  test('shows nothing until a unit opts in, then only aggregates of that unit', async () => {
    expect((await page()).body).toContain('Chưa có đơn vị nào đăng ký công khai');
    const published = await f.clients.leader.put(`/api/v1/reports/accountability/units/${f.department.id}`, { isPublished: true });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject([{ unitName: 'Ban Tuyên giáo', completed: 2, onTime: 1, reportsReceived: 0, averageRating: null }]);
    expect(published.json()[0].trend).toHaveLength(12);
    expect(published.json()[0].trend[11]).toEqual({ month: '2026-03', completed: 2, onTime: 1 });
    const body = (await page()).body;
    expect(body).toContain('Ban Tuyên giáo');
    expect(body).toContain('50%');
    expect(body).not.toContain('Ban Phong trào');
  });

  test('leaks no person’s name and no task’s title', async () => {
    const body = (await page()).body;
    for (const secret of [
      SECRET_TITLE,
      'Hoàng Văn Kín',
      'Lê Thị Muộn',
      'Việc trễ',
      'Nguyễn Thị Lan',
      'Đặng Thu Hương',
      'Trần Văn Minh',
      'Lê Thị Thanh Hà',
      'Xong muộn',
    ])
      expect(body).not.toContain(secret);
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const api = JSON.stringify((await f.clients.leader.get('/api/v1/reports/accountability')).json());
    expect(Object.keys(JSON.parse(api)[0]).sort()).toEqual([
      'averageRating',
      'completed',
      'onTime',
      'reportsAcceptedInTime',
      'reportsAnswered',
      'reportsReceived',
      'trend',
      'unitId',
      'unitName',
    ]);
  });

  test('answers aggregates only: every value is a count, a share, a month, or the published unit itself', async () => {
    const answer = (await f.clients.leader.get('/api/v1/reports/accountability')).json();
    const leaves: [string, unknown][] = [];
    const walk = (value: unknown, key: string) => {
      if (Array.isArray(value)) value.forEach((item) => walk(item, key));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
      else leaves.push([key, value]);
    };
    walk(answer, '');
    for (const [key, value] of leaves) {
      if (key === 'unitId') expect(value).toBe(f.department.id);
      else if (key === 'unitName') expect(value).toBe('Ban Tuyên giáo');
      else if (key === 'month') expect(value).toMatch(/^\d{4}-\d{2}$/);
      else expect(value === null || typeof value === 'number').toBe(true);
    }
  });

  test('reads tasks from the monthly counters, which equal a direct count of the completed tasks', async () => {
    const rows = await t.database.db
      .select({ status: tasks.status, countedOutcome: tasks.countedOutcome })
      .from(tasks)
      .where(and(eq(tasks.agencyId, f.agencyId), eq(tasks.status, 'completed')));
    const [counted] = await t.database.db
      .select({
        onTime: sql<number>`sum(${unitMonthCounters.completedOnTime})`.mapWith(Number),
        late: sql<number>`sum(${unitMonthCounters.completedLate})`.mapWith(Number),
      })
      .from(unitMonthCounters)
      .where(eq(unitMonthCounters.agencyId, f.agencyId));
    expect(counted).toEqual({
      onTime: rows.filter((row) => row.countedOutcome === 'completed_on_time').length,
      late: rows.filter((row) => row.countedOutcome === 'completed_late').length,
    });
    const [unit] = (await f.clients.leader.get('/api/v1/reports/accountability')).json();
    expect([unit.completed, unit.onTime]).toEqual([rows.length, counted.onTime]);
  });

  test("keeps an agency's figures for the stated bound and no longer", async () => {
    // A monotonic clock that does not start at 0 (lru-cache reads a start of 0 as "no start").
    let now = 1_000;
    const reader = createAccountabilityReader({ ...CACHE_BOUNDS.accountability, now: () => now });
    const before = await reader.of(t.database.db, f.agencyId, t.clock.now());
    const another = await f.assign({ title: 'Việc thêm', due: { kind: 'date', dueDate: '2026-03-20' } });
    await f.clients.lan.post(`/api/v1/tasks/${another.id}/accept`, {});
    await f.clients.lan.post(`/api/v1/tasks/${another.id}/submit`, { note: 'Xong' });
    const accepted = await f.clients.head.post(`/api/v1/tasks/${another.id}/accept-result`, { grade: 4 });
    expect(accepted.json()).toMatchObject({ status: 'completed' });
    now += CACHE_BOUNDS.accountability.ttlMs - 1;
    expect((await reader.of(t.database.db, f.agencyId, t.clock.now()))[0].completed).toBe(before[0].completed);
    now += 2;
    expect((await reader.of(t.database.db, f.agencyId, t.clock.now()))[0].completed).toBe(before[0].completed + 1);
  });

  test('refuses staff and unit heads, unknown units and bad bodies; a withdrawn unit disappears', async () => {
    expect((await f.clients.lan.put(`/api/v1/reports/accountability/units/${f.department.id}`, { isPublished: false })).statusCode).toBe(403);
    expect((await f.clients.head.put(`/api/v1/reports/accountability/units/${f.department.id}`, { isPublished: false })).statusCode).toBe(403);
    expect((await f.clients.leader.put('/api/v1/reports/accountability/units/00000000-0000-4000-8000-000000000000', { isPublished: true })).statusCode).toBe(
      400,
    );
    expect((await f.clients.leader.put(`/api/v1/reports/accountability/units/${f.department.id}`, { isPublished: 'có' })).statusCode).toBe(400);
    expect((await f.clients.leader.put(`/api/v1/reports/accountability/units/${f.department.id}`, { isPublished: false })).json()).toEqual([]);
    expect((await page()).body).not.toContain('Ban Tuyên giáo</h2>');
  });
});
