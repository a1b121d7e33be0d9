import { and, eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { auditEvents, tasks } from '../../db/schema/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { runRecurringTasks } from './work.series-job.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

const depsOf = () => ({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) });

const seriesBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Báo cáo công tác tháng',
  expectedOutput: 'Báo cáo tháng gửi Văn phòng',
  unitId: f.department.id,
  ownerId: f.people.lan.id,
  schedule: { kind: 'monthly', day: 'last_working_day' },
  leadWorkingDays: 5,
  startsOn: '2026-03-02',
  ...overrides,
});

type Occurrence = { date: string; state: string; taskId: string | null; skippedReason: string | null };
const tasksOf = async (seriesTitle: string) =>
  t.database.db
    .select({ id: tasks.id, dueDate: tasks.dueDate, ownerId: tasks.ownerId })
    .from(tasks)
    .where(and(eq(tasks.agencyId, f.agencyId), eq(tasks.title, seriesTitle)));

describe('recurring tasks', () => {
  test('creates a monthly series with its first occurrence at once, then each later one on its day, once', async () => {
    const response = await f.clients.head.post('/api/v1/task-series', seriesBody());
    expect(response.statusCode).toBe(200);
    const series = response.json();
    expect(series).toMatchObject({ status: 'active', owner: { id: f.people.lan.id }, assigner: { id: f.people.head.id }, canManage: true });
    // 31/03/2026 is the last working day of March; April's is 29/04 (30/04 and 1/05 are holidays).
    expect(series.occurrences.map((o: Occurrence) => [o.date, o.state])).toEqual([
      ['2026-03-31', 'created'],
      ['2026-04-29', 'upcoming'],
      ['2026-05-29', 'upcoming'],
      ['2026-06-30', 'upcoming'],
    ]);
    const first = (await f.clients.lan.get(`/api/v1/tasks/${series.occurrences[0].taskId}`)).json();
    expect(first).toMatchObject({ title: 'Báo cáo công tác tháng', owner: { id: f.people.lan.id }, dueDate: '2026-03-31', status: 'assigned' });

    // 21/04 is five working days before 29/04 (26–27/04 are off for Giỗ Tổ): April's occurrence is created that day, not before.
    t.clock.set(new Date('2026-04-20T01:00:00Z'));
    expect(await runRecurringTasks(depsOf(), f.agencyId)).toMatchObject({ ran: true, created: 0 });
    t.clock.set(new Date('2026-04-21T01:00:00Z'));
    expect(await runRecurringTasks(depsOf(), f.agencyId)).toMatchObject({ ran: true, created: 1 });
    // A second instance the same day skips; even a run that got past the claim creates nothing twice.
    expect(await runRecurringTasks(depsOf(), f.agencyId)).toMatchObject({ ran: false });
    expect(await runRecurringTasks(depsOf(), f.agencyId, 'another-run')).toMatchObject({ ran: true, created: 0 });
    const created = await tasksOf('Báo cáo công tác tháng');
    expect(created.map((task) => task.dueDate).sort()).toEqual(['2026-03-31', '2026-04-29']);
    expect(created.every((task) => task.ownerId === f.people.lan.id)).toBe(true);

    await f.logInAgain();
    const april = (await f.clients.lan.get('/api/v1/tasks?view=mine')).json().items.find((i: { dueDate: string }) => i.dueDate === '2026-04-29');
    expect(april).toMatchObject({ owner: { id: f.people.lan.id }, outcome: 'open_in_time' });
  });

  test('skips an occurrence and ends a series only with a reason, by those who manage it', async () => {
    const series = (await f.clients.head.post('/api/v1/task-series', seriesBody({ schedule: { kind: 'weekly', weekday: 5 }, leadWorkingDays: 2 }))).json();
    expect(series.occurrences[0]).toMatchObject({ date: '2026-03-06', state: 'created' });
    const next = '2026-03-13';

    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/skip`, { date: next, reason: '  ' })).statusCode).toBe(400);
    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/skip`, { date: '2026-03-12', reason: 'Nghỉ' })).statusCode).toBe(400);
    expect((await f.clients.lan.post(`/api/v1/task-series/${series.id}/skip`, { date: next, reason: 'Bận họp' })).statusCode).toBe(403);
    expect((await f.clients.outsider.post(`/api/v1/task-series/${series.id}/skip`, { date: next, reason: 'Bận họp' })).statusCode).toBe(404);
    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/skip`, { date: '2026-03-06', reason: 'Đã tạo rồi' })).statusCode).toBe(409);

    const skipped = await f.clients.head.post(`/api/v1/task-series/${series.id}/skip`, { date: next, reason: 'Tuần hội nghị tổng kết' });
    expect(skipped.statusCode).toBe(200);
    expect(skipped.json().occurrences.find((o: Occurrence) => o.date === next)).toMatchObject({ state: 'skipped', skippedReason: 'Tuần hội nghị tổng kết' });
    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/skip`, { date: next, reason: 'Lần nữa' })).statusCode).toBe(409);

    t.clock.set(new Date('2026-03-11T01:00:00Z')); // two working days before 13/03
    expect(await runRecurringTasks(depsOf(), f.agencyId)).toMatchObject({ ran: true, created: 0 });

    await f.logInAgain();
    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/end`, {})).statusCode).toBe(400);
    expect((await f.clients.lan.post(`/api/v1/task-series/${series.id}/end`, { reason: 'Thôi' })).statusCode).toBe(403);
    const ended = (await f.clients.head.post(`/api/v1/task-series/${series.id}/end`, { reason: 'Chuyển sang báo cáo tháng' })).json();
    expect(ended).toMatchObject({ status: 'ended', endReason: 'Chuyển sang báo cáo tháng' });
    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/end`, { reason: 'Lần nữa' })).statusCode).toBe(409);
    expect((await f.clients.head.post(`/api/v1/task-series/${series.id}/skip`, { date: '2026-03-20', reason: 'x' })).statusCode).toBe(409);

    t.clock.set(new Date('2026-03-18T01:00:00Z'));
    expect(await runRecurringTasks(depsOf(), f.agencyId)).toMatchObject({ ran: true, created: 0 });
    const actions = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, series.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['task_series.created', 'task_series.ended', 'task_series.occurrence_skipped']);
  });

  test('lists series to those concerned only, and refuses bad schedules and assignments outside one’s scope', async () => {
    const series = (await f.clients.head.post('/api/v1/task-series', seriesBody())).json();
    expect((await f.clients.lan.get('/api/v1/task-series')).json().items.map((s: { id: string }) => s.id)).toEqual([series.id]);
    expect((await f.clients.lan.get(`/api/v1/task-series/${series.id}`)).json().canManage).toBe(false);
    expect((await f.clients.leader.get('/api/v1/task-series')).json().items).toHaveLength(1);
    expect((await f.clients.outsider.get('/api/v1/task-series')).json().items).toEqual([]);
    expect((await f.clients.outsider.get(`/api/v1/task-series/${series.id}`)).statusCode).toBe(404);

    for (const schedule of [{ kind: 'monthly', day: 32 }, { kind: 'weekly', weekday: 6 }, { kind: 'every_working_days', interval: 0 }, { kind: 'yearly' }]) {
      const bad = await f.clients.head.post('/api/v1/task-series', seriesBody({ schedule }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toContain('schedule');
    }
    expect((await f.clients.head.post('/api/v1/task-series', seriesBody({ ownerId: undefined }))).statusCode).toBe(400);
    expect((await f.clients.lan.post('/api/v1/task-series', seriesBody({ ownerId: f.people.minh.id }))).statusCode).toBe(403);
    expect((await f.clients.head.post('/api/v1/task-series', seriesBody({ unitId: '00000000-0000-4000-8000-000000000000' }))).statusCode).toBe(400);
    const inactiveOwner = await f.clients.head.post('/api/v1/task-series', seriesBody({ ownerId: '00000000-0000-4000-8000-000000000000' }));
    expect(inactiveOwner.statusCode).toBe(400);
    // Nothing of the refused ones was kept.
    expect((await f.clients.head.get('/api/v1/task-series')).json().items).toHaveLength(1);
  });
});
