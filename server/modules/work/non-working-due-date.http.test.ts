import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createWorkFixture, type WorkFixture } from '../../test/fixtures/work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

// Issue 27, point 16: a due date typed on a holiday (17/02/2026 is Tết) or a weekend is not taken
// silently: 409 due_date_not_working_day names the next working day; confirmNonWorkingDay keeps it.
let t: TestApp;
let f: WorkFixture;
test.override('appOptions', { now: new Date('2026-01-05T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  f = await createWorkFixture(t.app, t.database.db);
});

const newTask = (dueDate: string, extra: Record<string, unknown> = {}) =>
  f.clients.head.post('/api/v1/tasks', {
    title: 'Tổng kết công tác năm',
    expectedOutput: 'Báo cáo tổng kết',
    unitId: f.department.id,
    ownerId: f.people.lan.id,
    startDate: '2026-01-05',
    due: { kind: 'date', dueDate },
    ...extra,
  });
const taskCount = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from tasks where agency_id = ${f.agencyId}`))[0].n;

describe('assigning a task', () => {
  test.each([
    ['Tết', '2026-02-17', '2026-02-23'],
    ['a Saturday', '2026-01-17', '2026-01-19'],
  ])('warns of a due date on %s and offers the next working day, creating nothing', async (_, dueDate, next) => {
    const before = await taskCount();
    const response = await newTask(dueDate);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'due_date_not_working_day', nextWorkingDay: next, errors: [{ field: 'body.due.dueDate' }] });
    expect(response.json().message.vi).toContain(`${next.slice(8)}/${next.slice(5, 7)}/${next.slice(0, 4)}`);
    expect(await taskCount()).toBe(before);
  });

  test('keeps the date when confirmed, and takes a working day without asking', async () => {
    expect((await newTask('2026-02-17', { confirmNonWorkingDay: true })).json()).toMatchObject({ dueDate: '2026-02-17' });
    expect((await newTask('2026-02-23')).statusCode).toBe(200);
  });
});

describe('extending a task', () => {
  test('warns of a new due date on a holiday, keeps it when confirmed; another refusal still says its own reason', async () => {
    const { id } = (await newTask('2026-01-30')).json();
    expect((await f.clients.lan.post(`/api/v1/tasks/${id}/accept`, {})).statusCode).toBe(200);
    const earlier = await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-01-25', reason: 'Chờ số liệu' });
    expect(earlier.json().code).not.toBe('due_date_not_working_day');
    const warned = await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-02-17', reason: 'Chờ số liệu' });
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({ code: 'due_date_not_working_day', nextWorkingDay: '2026-02-23', errors: [{ field: 'body.newDueDate' }] });
    const kept = await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-02-17', reason: 'Chờ số liệu', confirmNonWorkingDay: true });
    expect(kept.json()).toMatchObject({ openRequest: { kind: 'extension', newDueDate: '2026-02-17' } });
  });
});
