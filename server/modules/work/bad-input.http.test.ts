import { describe } from 'vitest';
import { createWorkFixture, type WorkFixture } from '../../test/fixtures/work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
let taskId: string;
test.beforeAll(async ({ app }) => {
  t = app;
  t.clock.set(new Date('2026-03-02T06:00:00Z'));
  f = await createWorkFixture(t.app, t.database.db);
  taskId = (await f.assign()).id;
});

const commandPaths = [
  'accept',
  'difficulty',
  'difficulty/decide',
  'progress',
  'submit',
  'accept-result',
  'return',
  'cancel',
  'reopen',
  'transfer',
  'transfer/approve',
  'transfer/reject',
  'transfer/respond',
  'extension',
  'extension/decide',
  'comments',
];
/** A body each command's schema rejects: wrong types everywhere. */
const junk = {
  note: 42,
  description: 7,
  proposal: false,
  decision: 'bo qua',
  percent: 250,
  grade: 9,
  reason: 12,
  reasonCode: 'x',
  newOwnerId: 'x',
  response: 'maybe',
  newDueDate: '31/12/2026',
  text: 5,
};

describe('every work route refuses bad input with a 4xx problem and changes nothing', () => {
  test.each(commandPaths)('POST /tasks/:id/%s', async (path) => {
    const response = await f.clients.head.post(`/api/v1/tasks/${taskId}/${path}`, junk);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', message: { vi: expect.any(String), en: expect.any(String) } });
    expect((await f.clients.head.post(`/api/v1/tasks/not-a-uuid/${path}`, {})).statusCode).toBe(400);
    const valid = {
      reason: 'x',
      note: 'x',
      text: 'x',
      percent: 1,
      grade: 3,
      description: 'x',
      proposal: 'x',
      reasonCode: 'other',
      newOwnerId: f.people.minh.id,
      response: 'accept',
      newDueDate: '2026-12-31',
    };
    const decision = path === 'difficulty/decide' ? 'approve_proposal' : 'approve';
    expect((await f.clients.head.post(`/api/v1/tasks/${crypto.randomUUID()}/${path}`, { ...valid, decision })).statusCode).toBe(404);
  });

  test('keeps the task untouched after all those requests', async () => {
    const events = (await f.clients.head.get(`/api/v1/tasks/${taskId}/events`)).json();
    expect(events.items.map((e: { kind: string }) => e.kind)).toEqual(['task.assigned']);
  });

  test('POST /tasks names the invalid fields', async () => {
    const response = await f.clients.head.post('/api/v1/tasks', {
      title: '',
      unitId: 'x',
      ownerId: f.people.lan.id,
      startDate: '2026-02-30',
      due: { kind: 'working_days', workingDays: 0 },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.title', 'body.expectedOutput', 'body.unitId', 'body.startDate', 'body.due.workingDays']));
  });

  test('POST /tasks refuses an owner outside the agency and a due date before the start', async () => {
    const base = { title: 'Việc', expectedOutput: 'Sản phẩm', unitId: f.department.id, startDate: '2026-03-02' };
    const stranger = await f.clients.head.post('/api/v1/tasks', { ...base, ownerId: crypto.randomUUID(), due: { kind: 'date', dueDate: '2026-03-10' } });
    expect(stranger.json().errors[0].field).toBe('body.ownerId');
    const backwards = await f.clients.head.post('/api/v1/tasks', { ...base, ownerId: f.people.lan.id, due: { kind: 'date', dueDate: '2026-03-01' } });
    expect(backwards.json().errors[0].field).toBe('body.due.dueDate');
  });

  test('GET routes refuse malformed queries', async () => {
    for (const url of [
      '/api/v1/tasks?view=all',
      '/api/v1/tasks?status=done',
      '/api/v1/tasks?dueFrom=02/03/2026',
      '/api/v1/tasks?cursor=abc',
      '/api/v1/tasks?limit=0',
      '/api/v1/tasks/dashboard?unitId=x',
      '/api/v1/tasks/x/events',
      '/api/v1/notifications?limit=500',
    ]) {
      const response = await f.clients.head.get(url);
      expect(response.statusCode, url).toBe(400);
    }
  });

  test('the dashboard is for leaders and heads, not staff, and a head sees only their own subtree', async () => {
    expect((await f.clients.lan.get('/api/v1/tasks/dashboard')).statusCode).toBe(403);
    expect((await f.clients.head.get(`/api/v1/tasks/dashboard?unitId=${f.other.id}`)).statusCode).toBe(403);
    expect((await f.clients.head.get('/api/v1/tasks/dashboard')).json().units.map((u: { unitId: string }) => u.unitId)).toEqual([f.department.id]);
    expect((await f.clients.leader.get(`/api/v1/tasks/dashboard?unitId=${f.other.id}`)).statusCode).toBe(200);
  });
});

test('explains a due date before the start date in both languages', async () => {
  const response = await f.clients.head.post('/api/v1/tasks', {
    title: 'Kiểm tra',
    expectedOutput: 'Báo cáo',
    unitId: f.department.id,
    ownerId: f.people.lan.id,
    startDate: '2026-12-10',
    due: { kind: 'date', dueDate: '2026-12-05' },
  });
  expect(response.json().errors).toEqual([
    { field: 'body.due.dueDate', message: { vi: 'Hạn hoàn thành không được trước ngày bắt đầu', en: 'the due date cannot precede the start date' } },
  ]);
});
