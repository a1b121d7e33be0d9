import { describe } from 'vitest';
import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

type Client = WorkFixture['clients']['head'];
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
const kindsOf = async (client: Client) => ((await client.get('/api/v1/notifications')).json().items as { kind: string }[]).map((n) => n.kind);

async function acceptedTask(overrides: Record<string, unknown> = {}) {
  const task = await f.assign(overrides);
  await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
  return task.id;
}

describe('calendar and timeline window', () => {
  test('answers the tasks due in the window, in the viewer’s scope, with the holidays to shade', async () => {
    const id = await acceptedTask({ due: { kind: 'date', dueDate: '2026-04-29' } });
    const window = (await f.clients.head.get('/api/v1/tasks/window?from=2026-04-20&to=2026-05-10')).json();
    expect(ids(window)).toEqual([id]);
    expect(window.holidays).toEqual(expect.arrayContaining(['2026-04-30', '2026-05-01']));
    expect(window.truncated).toBe(false);
    expect(ids((await f.clients.lan.get('/api/v1/tasks/window?view=mine&from=2026-04-01&to=2026-04-30')).json())).toEqual([id]);
    expect(ids((await f.clients.outsider.get('/api/v1/tasks/window?from=2026-04-01&to=2026-04-30')).json())).toEqual([]);
    expect(ids((await f.clients.head.get('/api/v1/tasks/window?from=2026-05-01&to=2026-05-31')).json())).toEqual([]);
  });

  test('says when more tasks fall in the window than the limit', async () => {
    await f.assign();
    await f.assign({ title: 'Việc thứ hai' });
    const window = (await f.clients.head.get('/api/v1/tasks/window?from=2026-03-01&to=2026-03-31&limit=1')).json();
    expect(window.items).toHaveLength(1);
    expect(window.truncated).toBe(true);
  });

  test('refuses an unbounded or reversed window, an unknown unit or plan', async () => {
    for (const url of ['from=2026-01-01&to=2026-06-30', 'from=2026-03-10&to=2026-03-01', 'from=2026-03-01']) {
      const response = await f.clients.head.get(`/api/v1/tasks/window?${url}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toMatch(/^querystring\.to/);
    }
    const unit = await f.clients.head.get(`/api/v1/tasks/window?from=2026-03-01&to=2026-03-31&unitId=${crypto.randomUUID()}`);
    expect(unit.json().errors[0].field).toBe('querystring.unitId');
    const plan = await f.clients.head.get(`/api/v1/tasks/window?from=2026-03-01&to=2026-03-31&planId=${crypto.randomUUID()}`);
    expect(plan.json().errors[0].field).toBe('querystring.planId');
  });
});

describe('moving a due date: direct for the assigner, a request for the owner', () => {
  test('lets the assigner extend directly, counted as an extension, and refuses it to the owner', async () => {
    const id = await acceptedTask();
    const extended = await f.clients.head.post(`/api/v1/tasks/${id}/extend`, { newDueDate: '2026-03-20', reason: 'Chờ số liệu của Sở' });
    expect(extended.statusCode).toBe(200);
    expect(extended.json()).toMatchObject({ dueDate: '2026-03-20', counters: { extensions: 1 } });
    expect((await f.clients.lan.post(`/api/v1/tasks/${id}/extend`, { newDueDate: '2026-03-27', reason: 'Cần thêm thời gian' })).statusCode).toBe(403);
    const requested = await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-03-27', reason: 'Cần thêm thời gian' });
    expect(requested.json()).toMatchObject({ dueDate: '2026-03-20', openRequest: { kind: 'extension', newDueDate: '2026-03-27' } });
  });

  test('refuses an earlier date or no reason, changing nothing', async () => {
    const id = await acceptedTask();
    expect((await f.clients.head.post(`/api/v1/tasks/${id}/extend`, { newDueDate: '2026-03-10', reason: 'Sớm hơn' })).statusCode).toBe(400);
    expect((await f.clients.head.post(`/api/v1/tasks/${id}/extend`, { newDueDate: '2026-03-20', reason: ' ' })).statusCode).toBe(400);
    expect((await f.clients.head.get(`/api/v1/tasks/${id}`)).json()).toMatchObject({ dueDate: '2026-03-13', counters: { extensions: 0 } });
  });
});

describe('mentions and following', () => {
  test('notifies a mentioned person who may see the task, and refuses one who may not', async () => {
    const id = await acceptedTask();
    const refused = await f.clients.lan.post(`/api/v1/tasks/${id}/comments`, { text: 'Nhờ anh Minh xem', mentionIds: [f.people.minh.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('body.mentionIds');
    expect((await f.clients.head.get(`/api/v1/tasks/${id}/events`)).json().items.map((e: { kind: string }) => e.kind)).not.toContain('task.commented');

    const people = (await f.clients.lan.get(`/api/v1/tasks/${id}/mentionable?q=thanh ha`)).json();
    expect(ids(people)).toEqual([f.people.leader.id]);
    const ok = await f.clients.lan.post(`/api/v1/tasks/${id}/comments`, { text: 'Kính báo chị Hà', mentionIds: [f.people.leader.id] });
    expect(ok.statusCode).toBe(200);
    expect(await kindsOf(f.clients.leader)).toContain('task_mentioned');
    expect((await f.clients.outsider.get(`/api/v1/tasks/${id}/mentionable`)).statusCode).toBe(404);
  });

  test('tells followers of the task’s events until they unfollow; nobody follows what they may not see', async () => {
    const id = await acceptedTask();
    expect((await f.clients.leader.put(`/api/v1/tasks/${id}/follow`)).json()).toEqual({ following: true, followers: 1 });
    await f.clients.lan.post(`/api/v1/tasks/${id}/progress`, { percent: 40, note: 'Đã có dự thảo' });
    expect(await kindsOf(f.clients.leader)).toContain('task_followed_event');
    expect((await f.clients.leader.delete(`/api/v1/tasks/${id}/follow`)).json()).toEqual({ following: false, followers: 0 });
    expect((await f.clients.outsider.put(`/api/v1/tasks/${id}/follow`)).statusCode).toBe(404);
    expect((await f.clients.outsider.get(`/api/v1/tasks/${id}/follow`)).statusCode).toBe(404);
  });
});

describe('saved views', () => {
  test('keeps personal views to their owner and shares a head’s view in the unit', async () => {
    const mine = await f.clients.lan.post('/api/v1/tasks/views', { name: 'Việc quá hạn', filters: { signal: 'overdue' } });
    expect(mine.statusCode).toBe(200);
    const shared = await f.clients.head.post('/api/v1/tasks/views', {
      name: 'Đơn vị: đang mở',
      filters: { status: ['assigned', 'in_progress'], unitId: f.department.id },
      sharedUnitId: f.department.id,
    });
    expect(shared.json()).toMatchObject({ shared: { unitId: f.department.id, unitName: 'Ban Tuyên giáo' }, canDelete: true });
    expect((await f.clients.lan.get('/api/v1/tasks/views')).json().items.map((v: { name: string }) => v.name)).toEqual(['Việc quá hạn', 'Đơn vị: đang mở']);
    expect((await f.clients.minh.get('/api/v1/tasks/views')).json().items.map((v: { name: string }) => v.name)).toEqual(['Đơn vị: đang mở']);
    expect((await f.clients.outsider.get('/api/v1/tasks/views')).json().items).toEqual([]);

    expect((await f.clients.lan.delete(`/api/v1/tasks/views/${shared.json().id}`)).statusCode).toBe(403);
    expect((await f.clients.outsider.delete(`/api/v1/tasks/views/${mine.json().id}`)).statusCode).toBe(404);
    expect((await f.clients.lan.delete(`/api/v1/tasks/views/${mine.json().id}`)).statusCode).toBe(200);
    expect((await f.clients.lan.get('/api/v1/tasks/views')).json().items).toHaveLength(1);
  });

  test('refuses sharing by someone who does not head the unit, and unknown filters', async () => {
    const notHead = await f.clients.lan.post('/api/v1/tasks/views', { name: 'Chia sẻ', filters: {}, sharedUnitId: f.department.id });
    expect(notHead.statusCode).toBe(403);
    const unknown = await f.clients.lan.post('/api/v1/tasks/views', { name: 'Lạ', filters: { colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    const noName = await f.clients.lan.post('/api/v1/tasks/views', { name: '', filters: {} });
    expect(noName.json().errors[0].field).toBe('body.name');
    expect((await f.clients.lan.get('/api/v1/tasks/views')).json().items).toEqual([]);
  });
});

describe('bulk actions', () => {
  test('extends each task by its own command and reports the refusal of one, not a 500', async () => {
    const first = await acceptedTask();
    const second = await acceptedTask({ title: 'Báo cáo tháng' });
    const foreign = crypto.randomUUID();
    const response = await f.clients.head.post('/api/v1/tasks/bulk', {
      action: 'extend',
      taskIds: [first, second, foreign],
      newDueDate: '2026-03-24',
      reason: 'Lùi lịch hội nghị',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results.map((r: { ok: boolean; status: number }) => [r.ok, r.status])).toEqual([
      [true, 200],
      [true, 200],
      [false, 404],
    ]);
    for (const id of [first, second]) {
      const history = (await f.clients.head.get(`/api/v1/tasks/${id}/events`)).json().items;
      expect(history.filter((e: { kind: string }) => e.kind === 'task.extended')).toHaveLength(1);
    }
    const again = (await f.clients.head.post('/api/v1/tasks/bulk', { action: 'extend', taskIds: [first], newDueDate: '2026-03-20', reason: 'x' })).json();
    expect(again.results[0]).toMatchObject({ ok: false, status: 400 });
  });

  test('cancels with one reason for the assigner and refuses the owner each task', async () => {
    const id = await acceptedTask();
    const byOwner = (await f.clients.lan.post('/api/v1/tasks/bulk', { action: 'cancel', taskIds: [id], reason: 'Không cần nữa' })).json();
    expect(byOwner.results[0]).toMatchObject({ ok: false, status: 403 });
    const byHead = (await f.clients.head.post('/api/v1/tasks/bulk', { action: 'cancel', taskIds: [id], reason: 'Không cần nữa' })).json();
    expect(byHead.results[0]).toMatchObject({ ok: true });
    expect((await f.clients.head.get(`/api/v1/tasks/${id}`)).json()).toMatchObject({ status: 'cancelled', owner: { id: f.people.lan.id } });
  });

  test('reminds owners once a day, only from those who assign or manage', async () => {
    const id = await acceptedTask();
    const byHead = (await f.clients.head.post('/api/v1/tasks/bulk', { action: 'remind', taskIds: [id], note: 'Hạn gần rồi' })).json();
    expect(byHead.results[0]).toMatchObject({ ok: true });
    await f.clients.head.post('/api/v1/tasks/bulk', { action: 'remind', taskIds: [id] });
    expect((await kindsOf(f.clients.lan)).filter((kind) => kind === 'task_reminded')).toHaveLength(1);
    const byMinh = (await f.clients.minh.post('/api/v1/tasks/bulk', { action: 'remind', taskIds: [id] })).json();
    expect(byMinh.results[0]).toMatchObject({ ok: false, status: 404 });
  });

  test('refuses a malformed request as a whole', async () => {
    const id = await acceptedTask();
    const noReason = await f.clients.head.post('/api/v1/tasks/bulk', { action: 'cancel', taskIds: [id] });
    expect(noReason.statusCode).toBe(400);
    expect((await f.clients.head.post('/api/v1/tasks/bulk', { action: 'remind', taskIds: [] })).statusCode).toBe(400);
    expect((await f.clients.head.post('/api/v1/tasks/bulk', { action: 'remind', taskIds: [id, id] })).statusCode).toBe(400);
    expect((await f.clients.head.post('/api/v1/tasks/bulk', { action: 'delete', taskIds: [id] })).statusCode).toBe(400);
  });
});
