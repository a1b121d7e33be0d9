import { describe } from 'vitest';
import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

async function acceptedTask() {
  const task = await f.assign();
  await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
  return task.id;
}

describe('transfer: reason, approval, acceptance, counted', () => {
  test('keeps the old owner accountable until the new owner accepts, then counts one bounce', async () => {
    const id = await acceptedTask();
    const requested = await f.clients.lan.post(`/api/v1/tasks/${id}/transfer`, { reasonCode: 'workload', reason: 'Đang phụ trách hội nghị quán triệt' });
    expect(requested.json()).toMatchObject({ owner: { id: f.people.lan.id }, openRequest: { kind: 'transfer', stage: 'requested', reasonCode: 'workload' } });

    const approved = await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: f.people.minh.id });
    expect(approved.json()).toMatchObject({
      owner: { id: f.people.lan.id },
      openRequest: { stage: 'approved', proposedOwner: { id: f.people.minh.id, fullName: 'Trần Văn Minh' } },
    });
    // The proposed owner now sees the task and is the one asked to decide.
    const waiting = (await f.clients.minh.get('/api/v1/tasks?view=awaiting_my_decision')).json();
    expect(waiting.items.map((i: { id: string }) => i.id)).toEqual([id]);

    const taken = (await f.clients.minh.post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'accept' })).json();
    expect(taken).toMatchObject({ owner: { id: f.people.minh.id }, counters: { transfers: 1 }, openRequest: null });
    const history = (await f.clients.head.get(`/api/v1/tasks/${id}/events`)).json();
    expect(history.people).toMatchObject({ [f.people.lan.id]: 'Nguyễn Thị Lan', [f.people.minh.id]: 'Trần Văn Minh' });
    const dashboard = (await f.clients.head.get('/api/v1/tasks/dashboard')).json();
    expect(dashboard.units.find((u: { unitId: string }) => u.unitId === f.department.id).transfers).toBe(1);
  });

  test('a refusal needs a reason and leaves the task with its owner, uncounted', async () => {
    const id = await acceptedTask();
    await f.clients.lan.post(`/api/v1/tasks/${id}/transfer`, { reasonCode: 'expertise', reason: 'Cần chuyên môn pháp luật' });
    await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: f.people.minh.id });
    expect((await f.clients.minh.post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'refuse' })).statusCode).toBe(400);
    const refused = (await f.clients.minh.post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'refuse', reason: 'Đang nghỉ phép' })).json();
    expect(refused).toMatchObject({ owner: { id: f.people.lan.id }, counters: { transfers: 0 } });
  });

  test('refuses a transfer request without a reason, or with a reason code outside the list', async () => {
    const id = await acceptedTask();
    const bad = await f.clients.lan.post(`/api/v1/tasks/${id}/transfer`, { reasonCode: 'khong_thich', reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.reasonCode', 'body.reason']));
  });

  test('refuses a new owner from another agency or unknown', async () => {
    const id = await acceptedTask();
    await f.clients.lan.post(`/api/v1/tasks/${id}/transfer`, { reasonCode: 'other', reason: 'Lý do khác' });
    const response = await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: crypto.randomUUID() });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.newOwnerId');
  });
});

describe('difficulty: propose, do not hand back', () => {
  test('requires a proposed solution, and the assigner decides', async () => {
    const id = await acceptedTask();
    const noProposal = await f.clients.lan.post(`/api/v1/tasks/${id}/difficulty`, { description: 'Thiếu số liệu', proposal: '' });
    expect(noProposal.statusCode).toBe(400);
    expect(noProposal.json().errors[0].field).toBe('body.proposal');
    const raised = await f.clients.lan.post(`/api/v1/tasks/${id}/difficulty`, {
      description: 'Thiếu số liệu của các quận',
      proposal: 'Đề nghị Văn phòng gửi công văn đôn đốc',
      proposedDueDate: '2026-03-20',
    });
    expect(raised.json()).toMatchObject({ owner: { id: f.people.lan.id }, openRequest: { kind: 'difficulty', proposedDueDate: '2026-03-20' } });
    const decided = (await f.clients.head.post(`/api/v1/tasks/${id}/difficulty/decide`, { decision: 'approve_proposal', reason: 'Đồng ý đề xuất' })).json();
    expect(decided).toMatchObject({ dueDate: '2026-03-20', openRequest: null, counters: { extensions: 1 } });
  });
});

describe('extension: asked, decided, counted', () => {
  test('moves the due date only when approved and counts each approval', async () => {
    const id = await acceptedTask();
    await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-03-20', reason: 'Chờ ý kiến các Ban' });
    const refused = (await f.clients.head.post(`/api/v1/tasks/${id}/extension/decide`, { decision: 'refuse', reason: 'Cần đúng hạn' })).json();
    expect(refused).toMatchObject({ dueDate: '2026-03-13', counters: { extensions: 0 } });
    await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-03-20', reason: 'Chờ ý kiến các Ban' });
    const approved = (await f.clients.head.post(`/api/v1/tasks/${id}/extension/decide`, { decision: 'approve' })).json();
    expect(approved).toMatchObject({ dueDate: '2026-03-20', counters: { extensions: 1 } });
  });

  test('refuses a malformed or past date', async () => {
    const id = await acceptedTask();
    expect((await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '20/03/2026', reason: 'x' })).statusCode).toBe(400);
    expect((await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate: '2026-03-01', reason: 'x' })).statusCode).toBe(400);
  });
});

describe('notifications', () => {
  test('tells the new owner of an assignment, with an unread count, and marks it read', async () => {
    const task = await f.assign();
    const unread = (await f.clients.lan.get('/api/v1/notifications/unread-count')).json();
    expect(unread.unread).toBe(1);
    const list = (await f.clients.lan.get('/api/v1/notifications')).json();
    expect(list.items[0]).toMatchObject({ kind: 'task_assigned', subject: { type: 'task', id: task.id }, readAt: null });
    expect(list.items[0].title.vi).toContain('Đặng Thu Hương');
    await f.clients.lan.post('/api/v1/notifications/read', {});
    expect((await f.clients.lan.get('/api/v1/notifications/unread-count')).json().unread).toBe(0);
    expect((await f.clients.lan.post('/api/v1/notifications/read', { ids: ['khong-phai-uuid'] })).statusCode).toBe(400);
  });
});
