import { describe } from 'vitest';
import { createWorkFixture, type WorkFixture } from '../../test/fixtures/work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

const kinds = (body: { items: { kind: string }[] }) => body.items.map((e) => e.kind);

describe('assign → accept → progress → submit → accept result', () => {
  test('runs the whole lifecycle, one owner throughout, every step in the history and the audit log', async () => {
    const task = await f.assign();
    expect(task).toMatchObject({ status: 'assigned', owner: { id: f.people.lan.id }, assigner: { id: f.people.head.id }, outcome: 'open_in_time' });
    expect(task.abilities).toContain('cancel');
    expect(task.abilities).not.toContain('accept');

    const mine = (await f.clients.lan.get('/api/v1/tasks?view=mine')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([task.id]);
    expect(mine.items[0].abilities).toEqual(expect.arrayContaining(['accept', 'requestTransfer']));

    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {})).json().status).toBe('in_progress');
    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/progress`, { percent: 60, note: 'Đã có dự thảo lần 1' })).json().progressPercent).toBe(60);
    t.clock.advanceMs(3 * 3_600_000);
    const submitted = (await f.clients.lan.post(`/api/v1/tasks/${task.id}/submit`, { note: 'Gửi dự thảo hoàn chỉnh' })).json();
    expect(submitted.status).toBe('submitted');
    expect((await f.clients.head.get('/api/v1/tasks?view=awaiting_my_decision')).json().items.map((i: { id: string }) => i.id)).toContain(task.id);

    const done = (await f.clients.head.post(`/api/v1/tasks/${task.id}/accept-result`, { grade: 4, note: 'Đạt yêu cầu' })).json();
    expect(done).toMatchObject({ status: 'completed', grade: 4, outcome: 'completed_on_time' });

    const history = (await f.clients.lan.get(`/api/v1/tasks/${task.id}/events`)).json();
    expect(kinds(history)).toEqual(['task.assigned', 'task.accepted', 'task.progress_reported', 'task.submitted', 'task.result_accepted']);
    expect(history.items[4]).toMatchObject({ actor: { name: 'Đặng Thu Hương' }, after: { status: 'completed', grade: 4 } });
  });

  test('computes a due date given in working days, skipping weekends and holidays', async () => {
    // Start Tue 28/04/2026: 30/4 and 1/5 are holidays, 2–3/5 a weekend.
    t.clock.set(new Date('2026-04-28T02:00:00Z'));
    const g = await createWorkFixture(t.app, t.database.db);
    const task = await g.assign({ startDate: '2026-04-28', due: { kind: 'working_days', workingDays: 3 } });
    expect(task.dueDate).toBe('2026-05-05');
  });

  test('marks a task overdue after the end of its due date, and a late submission completed late', async () => {
    const task = await f.assign({ due: { kind: 'date', dueDate: '2026-03-02' } });
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
    t.clock.set(new Date('2026-03-02T16:59:00Z')); // 23:59 on the due date
    expect((await f.clients.lan.get(`/api/v1/tasks/${task.id}`)).json().outcome).toBe('open_in_time');
    t.clock.set(new Date('2026-03-02T17:00:00Z')); // 00:00 the next day
    const late = (await f.clients.lan.get(`/api/v1/tasks/${task.id}`)).json();
    expect(late.outcome).toBe('open_overdue');
    expect(late.signals.map((s: { kind: string }) => s.kind)).toContain('overdue');
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/submit`, { note: 'Nộp muộn' });
    expect((await f.clients.head.post(`/api/v1/tasks/${task.id}/accept-result`, { grade: 3 })).json().outcome).toBe('completed_late');
  });

  test('returns a result for rework with a reason and counts the return', async () => {
    const task = await f.assign();
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/submit`, { note: 'Xong' });
    const returned = (await f.clients.head.post(`/api/v1/tasks/${task.id}/return`, { reason: 'Thiếu phụ lục biểu mẫu' })).json();
    expect(returned).toMatchObject({ status: 'in_progress', counters: { returns: 1 } });
  });
});

describe('who may do what', () => {
  test('hides a task from staff of another unit (404) and from a colleague not on it', async () => {
    const task = await f.assign();
    expect((await f.clients.outsider.get(`/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await f.clients.minh.get(`/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await f.clients.outsider.post(`/api/v1/tasks/${task.id}/accept`, {})).statusCode).toBe(404);
    expect((await f.clients.leader.get(`/api/v1/tasks/${task.id}`)).statusCode).toBe(200);
  });

  test('shows a task to its collaborators, who may comment but not act for the owner', async () => {
    const task = await f.assign({ collaboratorIds: [f.people.minh.id] });
    const seen = (await f.clients.minh.get(`/api/v1/tasks/${task.id}`)).json();
    expect(seen.abilities).toEqual(['comment']);
    expect((await f.clients.minh.post(`/api/v1/tasks/${task.id}/comments`, { text: 'Tôi sẽ gửi số liệu phối hợp' })).statusCode).toBe(200);
    expect((await f.clients.minh.post(`/api/v1/tasks/${task.id}/accept`, {})).statusCode).toBe(403);
  });

  test('lets only the assigner or unit head cancel, with a reason', async () => {
    const task = await f.assign();
    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/cancel`, { reason: 'Không muốn làm' })).statusCode).toBe(403);
    expect((await f.clients.head.post(`/api/v1/tasks/${task.id}/cancel`, { reason: '' })).statusCode).toBe(400);
    const cancelled = (await f.clients.head.post(`/api/v1/tasks/${task.id}/cancel`, { reason: 'Nhiệm vụ đã được Ban khác thực hiện' })).json();
    expect(cancelled).toMatchObject({ status: 'cancelled', outcome: null });
  });

  test('refuses a command in the wrong state with 409 and changes nothing', async () => {
    const task = await f.assign();
    const response = await f.clients.lan.post(`/api/v1/tasks/${task.id}/submit`, { note: 'Chưa tiếp nhận mà đã nộp' });
    expect(response.statusCode).toBe(409);
    expect(response.json().message.vi).toBeTruthy();
    expect(kinds((await f.clients.lan.get(`/api/v1/tasks/${task.id}/events`)).json())).toEqual(['task.assigned']);
  });

  test('lets staff assign only to themselves', async () => {
    const own = await f.clients.minh.post('/api/v1/tasks', {
      title: 'Tự đăng ký: tổng hợp ý kiến',
      expectedOutput: 'Bản tổng hợp',
      unitId: f.department.id,
      ownerId: f.people.minh.id,
      startDate: '2026-03-02',
      due: { kind: 'working_days', workingDays: 5 },
    });
    expect(own.json()).toMatchObject({ status: 'in_progress', owner: { id: f.people.minh.id } });
    const toOther = await f.clients.minh.post('/api/v1/tasks', {
      title: 'Giao cho đồng nghiệp',
      expectedOutput: 'X',
      unitId: f.department.id,
      ownerId: f.people.lan.id,
      startDate: '2026-03-02',
      due: { kind: 'working_days', workingDays: 5 },
    });
    expect(toOther.statusCode).toBe(403);
  });
});
