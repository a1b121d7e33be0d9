import { asc, eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { auditEvents, notifications } from '../../db/schema/index.js';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

/** Lan's task, due Friday 13/03/2026, seen on Tuesday 17/03 when it is red. */
async function overdueTask() {
  const task = await f.assign();
  t.clock.set(new Date('2026-03-17T02:00:00Z'));
  await f.logInAgain();
  return task;
}

const ask = (taskId: string, overrides: Record<string, unknown> = {}) => ({
  item: { kind: 'task', taskId },
  workingDays: 3,
  questions: 'Đề nghị đồng chí giải trình lý do chậm trình dự thảo quy trình.',
  ...overrides,
});

const eventKinds = async (taskId: string) =>
  ((await f.clients.head.get(`/api/v1/tasks/${taskId}/events`)).json().items as { kind: string }[]).map((event) => event.kind);

const auditActions = async (id: string) =>
  (await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, id)).orderBy(asc(auditEvents.occurredAt))).map(
    (row) => row.action,
  );

describe('requesting an explanation on an overdue task', () => {
  test('asks the owner by a working-day deadline, takes the answer and the decision, all on the task timeline and audited', async () => {
    const task = await overdueTask();
    const asked = await f.clients.head.post('/api/v1/explanations', ask(task.id));
    expect(asked.statusCode).toBe(200);
    const request = asked.json();
    // Three working days after Tuesday 17/03/2026.
    expect(request).toMatchObject({
      item: { kind: 'task', id: task.id, title: 'Xây dựng quy trình tiếp nhận văn bản đến' },
      subject: { id: f.people.lan.id, fullName: 'Nguyễn Thị Lan' },
      requester: { id: f.people.head.id },
      dueOn: '2026-03-20',
      status: 'awaiting_answer',
      isOverdue: false,
      abilities: [],
    });
    const mine = (await f.clients.lan.get('/api/v1/explanations?view=mine')).json();
    expect(mine.items.map((item: { id: string }) => item.id)).toEqual([request.id]);
    expect(mine.items[0].abilities).toEqual(['answer']);
    const [notice] = await t.database.db.select().from(notifications).where(eq(notifications.subjectId, request.id));
    expect(notice).toMatchObject({ personId: f.people.lan.id, kind: 'explanation_requested', subjectType: 'explanation' });

    const answered = await f.clients.lan.post(`/api/v1/explanations/${request.id}/answer`, { answer: 'Chờ ý kiến góp ý của Văn phòng đến 16/03.' });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Chờ ý kiến góp ý của Văn phòng đến 16/03.' });
    expect((await f.clients.head.get(`/api/v1/explanations/${request.id}`)).json().abilities).toEqual(['decide']);
    const decided = await f.clients.head.post(`/api/v1/explanations/${request.id}/decide`, { isAccepted: false, note: 'Không báo khó khăn kịp thời.' });
    expect(decided.json()).toMatchObject({ status: 'not_accepted', decisionNote: 'Không báo khó khăn kịp thời.' });

    expect(await eventKinds(task.id)).toEqual(['task.assigned', 'task.explanation_requested', 'task.explanation_answered', 'task.explanation_decided']);
    expect(await auditActions(request.id)).toEqual(['explanation.requested', 'explanation.answered', 'explanation.decided']);
    const events = (await f.clients.head.get(`/api/v1/tasks/${task.id}/events`)).json().items as { reason: string; after: object }[];
    expect(events[1]).toMatchObject({ reason: expect.stringContaining('giải trình lý do'), after: { explanationDueOn: '2026-03-20' } });
    expect(events[3]).toMatchObject({ reason: 'Không báo khó khăn kịp thời.', after: { explanationDecision: 'not_accepted' } });
    const onItem = (await f.clients.leader.get(`/api/v1/explanations?view=item&itemKind=task&itemId=${task.id}`)).json();
    expect(onItem.items.map((item: { id: string }) => item.id)).toEqual([request.id]);
    expect((await f.clients.head.get('/api/v1/explanations?view=requested')).json().items).toHaveLength(1);
  });

  test('refuses what is not red, not in scope, not theirs or badly formed, changing nothing', async () => {
    const onTime = await f.assign({ due: { kind: 'date', dueDate: '2026-03-31' } });
    const task = await overdueTask();
    expect((await f.clients.minh.post('/api/v1/explanations', ask(task.id))).statusCode).toBe(403);
    expect((await f.clients.lan.post('/api/v1/explanations', ask(task.id))).statusCode).toBe(403);
    const notRed = await f.clients.head.post('/api/v1/explanations', ask(onTime.id));
    expect([notRed.statusCode, notRed.json().code]).toEqual([409, 'item_not_red']);
    expect((await f.clients.head.post('/api/v1/explanations', ask(crypto.randomUUID()))).statusCode).toBe(404);
    const bad = await f.clients.head.post('/api/v1/explanations', { item: { kind: 'task', taskId: 'x' }, workingDays: 0 });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().errors as { field: string }[]).map((error) => error.field).join(' ');
    for (const name of ['taskId', 'workingDays', 'questions']) expect(fields).toContain(name);
    expect((await f.clients.head.post('/api/v1/explanations', ask(task.id, { item: { kind: 'meeting', id: task.id } }))).statusCode).toBe(400);
    expect(await eventKinds(task.id)).toEqual(['task.assigned']);

    const request = (await f.clients.head.post('/api/v1/explanations', ask(task.id))).json();
    const again = await f.clients.leader.post('/api/v1/explanations', ask(task.id));
    expect([again.statusCode, again.json().code]).toEqual([409, 'explanation_pending']);
    expect((await f.clients.minh.get(`/api/v1/explanations/${request.id}`)).statusCode).toBe(404);
    expect((await f.clients.outsider.post(`/api/v1/explanations/${request.id}/answer`, { answer: 'x' })).statusCode).toBe(404);
    expect((await f.clients.head.post(`/api/v1/explanations/${request.id}/answer`, { answer: 'x' })).statusCode).toBe(403);
    expect((await f.clients.lan.post(`/api/v1/explanations/${request.id}/answer`, { answer: '  ' })).statusCode).toBe(400);
    const early = await f.clients.head.post(`/api/v1/explanations/${request.id}/decide`, { isAccepted: true });
    expect([early.statusCode, early.json().code]).toEqual([409, 'explanation_state']);
    expect((await f.clients.lan.post(`/api/v1/explanations/${request.id}/decide`, { isAccepted: true })).statusCode).toBe(403);
    expect((await f.clients.lan.get('/api/v1/explanations?view=item&itemKind=task')).statusCode).toBe(400);
    expect((await f.clients.lan.get('/api/v1/explanations?cursor=bm90LWpzb24')).statusCode).toBe(400);
    expect((await f.clients.lan.get(`/api/v1/explanations/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const elsewhere = await createAgency(t.database.db);
    const stranger = api(t.app, await login(t.app, (await createUser(t.database.db, elsewhere.root, ['leader'])).username));
    expect((await stranger.get(`/api/v1/explanations/${request.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/explanations/${request.id}/decide`, { isAccepted: true })).statusCode).toBe(404);
    expect((await stranger.post('/api/v1/explanations', ask(task.id))).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/explanations?view=item&itemKind=task&itemId=${task.id}`)).json().items).toEqual([]);
    expect(await auditActions(request.id)).toEqual(['explanation.requested']);
  });

  test('keeps a unit head to the subtrees they manage', async () => {
    const foreign = (
      await f.clients.leader.post('/api/v1/tasks', {
        title: 'Tổng hợp báo cáo phong trào thi đua',
        expectedOutput: 'Báo cáo',
        unitId: f.other.id,
        ownerId: f.people.outsider.id,
        startDate: '2026-03-02',
        due: { kind: 'date', dueDate: '2026-03-13' },
      })
    ).json();
    t.clock.set(new Date('2026-03-17T02:00:00Z'));
    await f.logInAgain();
    expect((await f.clients.head.post('/api/v1/explanations', ask(foreign.id))).statusCode).toBe(404);
    expect((await f.clients.leader.post('/api/v1/explanations', ask(foreign.id))).statusCode).toBe(200);
    expect((await f.clients.head.get(`/api/v1/explanations?view=item&itemKind=task&itemId=${foreign.id}`)).json().items).toEqual([]);
  });
});

describe('a unit move', () => {
  test('carries the requests along, so the new subtree’s head sees them', async () => {
    const task = await overdueTask();
    const request = (await f.clients.head.post('/api/v1/explanations', ask(task.id))).json();
    const otherHead = await createUser(t.database.db, f.other, ['unit_head', 'staff'], { fullName: 'Trần Quốc Toản', manages: 'head' });
    const admin = await createUser(t.database.db, f.root, ['agency_admin']);
    const otherHeadClient = api(t.app, await login(t.app, otherHead.username));
    expect((await otherHeadClient.get(`/api/v1/explanations/${request.id}`)).statusCode).toBe(404);
    const moved = await api(t.app, await login(t.app, admin.username)).post(`/api/v1/units/${f.department.id}/move`, { parentId: f.other.id });
    expect(moved.statusCode).toBe(200);
    expect((await otherHeadClient.get(`/api/v1/explanations/${request.id}`)).statusCode).toBe(200);
  });
});
