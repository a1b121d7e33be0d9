import { and, eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { auditEvents } from '../../db/schema/index.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

const subtaskBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Soạn phụ lục số liệu',
  expectedOutput: 'Phụ lục số liệu quý I',
  unitId: f.department.id,
  ownerId: f.people.minh.id,
  startDate: '2026-03-02',
  due: { kind: 'date', dueDate: '2026-03-10' },
  ...overrides,
});

const auditActions = async (subjectId: string) =>
  (
    await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, f.agencyId), eq(auditEvents.subjectId, subjectId)))
  ).map((row) => row.action);

describe('subtasks', () => {
  test('splits a task into a subtask with its own owner, rolls it up, and refuses closing the parent while it is open', async () => {
    const parent = await f.assign();
    const created = await f.clients.head.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody());
    expect(created.statusCode).toBe(200);
    const subtask = created.json();
    expect(subtask).toMatchObject({ owner: { id: f.people.minh.id }, assigner: { id: f.people.head.id }, status: 'assigned', dueDate: '2026-03-10' });
    expect(await auditActions(parent.id)).toContain('task.subtask_added');

    await f.clients.lan.post(`/api/v1/tasks/${parent.id}/accept`, {});
    await f.clients.lan.post(`/api/v1/tasks/${parent.id}/progress`, { percent: 60, note: 'Đã có dự thảo' });
    const list = (await f.clients.lan.get(`/api/v1/tasks/${parent.id}/subtasks`)).json();
    expect(list).toMatchObject({
      parent: null,
      items: [{ id: subtask.id, owner: { fullName: 'Trần Văn Minh' }, status: 'assigned' }],
      rollup: { percent: 30, open: 1 },
    });
    expect((await f.clients.minh.get(`/api/v1/tasks/${subtask.id}/subtasks`)).json().parent).toEqual({ id: parent.id, title: parent.title });

    for (const [client, path, body] of [
      [f.clients.lan, 'submit', { note: 'Xong' }],
      [f.clients.head, 'cancel', { reason: 'Không cần nữa' }],
    ] as const) {
      const refused = await client.post(`/api/v1/tasks/${parent.id}/${path}`, body);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'open_subtasks', errors: [{ field: `subtasks.${subtask.id}` }] });
      expect(refused.json().message.vi).toContain('Soạn phụ lục số liệu');
    }
    expect((await f.clients.lan.get(`/api/v1/tasks/${parent.id}`)).json().status).toBe('in_progress');

    await f.clients.minh.post(`/api/v1/tasks/${subtask.id}/accept`, {});
    await f.clients.minh.post(`/api/v1/tasks/${subtask.id}/submit`, { note: 'Gửi phụ lục' });
    expect((await f.clients.head.post(`/api/v1/tasks/${subtask.id}/accept-result`, { grade: 4 })).statusCode).toBe(200);
    expect((await f.clients.lan.get(`/api/v1/tasks/${parent.id}/subtasks`)).json().rollup).toEqual({ percent: 80, open: 0, done: 1 });
    expect((await f.clients.lan.post(`/api/v1/tasks/${parent.id}/submit`, { note: 'Xong' })).json().status).toBe('submitted');

    // The parent is closed now: no more subtasks.
    const late = await f.clients.head.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody());
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('task_closed');
  });

  test('refuses a subtask from someone who may not split, for another unit’s task, past the parent’s due date, or of a bad shape', async () => {
    const parent = await f.assign();
    const before = (await f.clients.head.get(`/api/v1/tasks/${parent.id}`)).json();
    expect((await f.clients.outsider.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody())).statusCode).toBe(404);
    expect((await f.clients.outsider.get(`/api/v1/tasks/${parent.id}/subtasks`)).statusCode).toBe(404);
    expect((await f.clients.minh.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody())).statusCode).toBe(404);
    // The owner may split, but assigns another person only within the units they manage, as for any task.
    expect((await f.clients.lan.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody())).statusCode).toBe(403);
    expect((await f.clients.lan.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody({ ownerId: f.people.lan.id }))).statusCode).toBe(200);
    const tooLate = await f.clients.head.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody({ due: { kind: 'date', dueDate: '2026-03-20' } }));
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().errors[0].field).toBe('body.due');
    const noOwner = await f.clients.head.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody({ ownerId: undefined }));
    expect(noOwner.statusCode).toBe(400);
    const twoOwners = await f.clients.head.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody({ ownerId: [f.people.minh.id, f.people.lan.id] }));
    expect(twoOwners.statusCode).toBe(400);
    expect((await f.clients.head.post(`/api/v1/tasks/${parent.id}/subtasks`, subtaskBody({ source: { kind: 'plan_target', id: parent.id } }))).statusCode).toBe(
      400,
    );
    expect((await f.clients.head.post(`/api/v1/tasks/00000000-0000-4000-8000-000000000000/subtasks`, subtaskBody())).statusCode).toBe(404);
    // Only the owner's own subtask was added.
    expect((await f.clients.head.get(`/api/v1/tasks/${parent.id}/subtasks`)).json().items).toHaveLength(1);
    expect((await f.clients.head.get(`/api/v1/tasks/${parent.id}`)).json().owner).toEqual(before.owner);
  });
});

describe('checklist', () => {
  test('lets the owner add and tick steps, audited, shown to whoever sees the task', async () => {
    const task = await f.assign();
    const added = await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist`, { text: 'Thu thập số liệu các phòng' });
    expect(added.statusCode).toBe(200);
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist`, { text: 'Gửi dự thảo xin ý kiến' });
    const [first, second] = (await f.clients.head.get(`/api/v1/tasks/${task.id}/checklist`)).json().items;
    expect([first.text, second.text, first.done]).toEqual(['Thu thập số liệu các phòng', 'Gửi dự thảo xin ý kiến', false]);

    const ticked = (await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist/${first.id}/tick`, { done: true })).json();
    expect(ticked.items[0]).toMatchObject({ done: true, doneByName: 'Nguyễn Thị Lan' });
    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist/${first.id}/tick`, { done: false })).json().items[0].done).toBe(false);
    expect(await auditActions(task.id)).toEqual(
      expect.arrayContaining(['task.checklist_item_added', 'task.checklist_item_ticked', 'task.checklist_item_unticked']),
    );
  });

  test('refuses others, unknown items, empty steps and closed tasks', async () => {
    const task = await f.assign();
    const [item] = (await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist`, { text: 'Bước 1' })).json().items;
    expect((await f.clients.head.post(`/api/v1/tasks/${task.id}/checklist`, { text: 'Bước của người giao' })).statusCode).toBe(403);
    expect((await f.clients.head.post(`/api/v1/tasks/${task.id}/checklist/${item.id}/tick`, { done: true })).statusCode).toBe(403);
    expect((await f.clients.outsider.get(`/api/v1/tasks/${task.id}/checklist`)).statusCode).toBe(404);
    expect((await f.clients.outsider.post(`/api/v1/tasks/${task.id}/checklist`, { text: 'x' })).statusCode).toBe(404);
    const empty = await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toContain('text');
    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist/00000000-0000-4000-8000-000000000000/tick`, { done: true })).statusCode).toBe(404);
    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist/${item.id}/tick`, { done: 'yes' })).statusCode).toBe(400);
    await f.clients.head.post(`/api/v1/tasks/${task.id}/cancel`, { reason: 'Không cần nữa' });
    const closed = await f.clients.lan.post(`/api/v1/tasks/${task.id}/checklist/${item.id}/tick`, { done: true });
    expect(closed.statusCode).toBe(409);
    expect((await f.clients.lan.get(`/api/v1/tasks/${task.id}/checklist`)).json().items[0].done).toBe(false);
  });
});
