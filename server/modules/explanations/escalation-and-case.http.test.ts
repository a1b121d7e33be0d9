import { and, eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { notifications } from '../../db/schema/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { api, login } from '../../test/http.js';
import { createUser } from '../../test/factories.js';
import { runExplanationEscalation } from './index.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

/** The head asks Lan about her task (due 13/03) on Tuesday 17/03, answer due Friday 20/03. */
async function unansweredRequest() {
  const task = await f.assign();
  t.clock.set(new Date('2026-03-17T02:00:00Z'));
  await f.logInAgain();
  const asked = await f.clients.head.post('/api/v1/explanations', { item: { kind: 'task', taskId: task.id }, workingDays: 3, questions: 'Vì sao chậm?' });
  expect(asked.statusCode).toBe(200);
  return { task, request: asked.json() as { id: string } };
}

const escalate = (runKey?: string) =>
  runExplanationEscalation({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) }, f.agencyId, runKey);

describe('an unanswered request', () => {
  test('escalates after its due day to the next level up, once, and shows red to them', async () => {
    const { task, request } = await unansweredRequest();
    t.clock.set(new Date('2026-03-20T09:00:00Z'));
    expect(await escalate()).toEqual({ ran: true, escalated: 0 });
    // Monday 23/03: the due day (Friday 20/03) has passed.
    t.clock.set(new Date('2026-03-23T01:00:00Z'));
    await f.logInAgain();
    expect(await escalate()).toEqual({ ran: true, escalated: 1 });
    expect(await escalate('again')).toEqual({ ran: true, escalated: 0 });
    // The head of Ban Tuyên giáo asked; nobody heads the root unit, so it goes to the leader.
    const escalated = (await f.clients.leader.get('/api/v1/explanations?view=escalated')).json().items;
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatchObject({ id: request.id, isOverdue: true, escalatedTo: [{ id: f.people.leader.id, fullName: 'Lê Thị Thanh Hà' }] });
    expect(escalated[0].abilities).toEqual(['openCase']);
    const told = await t.database.db
      .select({ personId: notifications.personId })
      .from(notifications)
      .where(and(eq(notifications.subjectId, request.id), eq(notifications.kind, 'explanation_escalated')));
    expect(told.map((row) => row.personId).sort()).toEqual([f.people.head.id, f.people.leader.id].sort());
    const events = (await f.clients.head.get(`/api/v1/tasks/${task.id}/events`)).json().items as { kind: string; actorName: string }[];
    expect(events.at(-1)).toMatchObject({ kind: 'task.explanation_escalated' });

    // A late answer is still taken; whoever it was escalated to may decide on it.
    expect((await f.clients.lan.post(`/api/v1/explanations/${request.id}/answer`, { answer: 'Xin lỗi, tôi trả lời muộn.' })).json().status).toBe('answered');
    expect((await f.clients.leader.post(`/api/v1/explanations/${request.id}/decide`, { isAccepted: true, note: '' })).json().status).toBe('accepted');
  });

  test('escalates a head above the requester when there is one', async () => {
    const rootHead = await createUser(t.database.db, f.root, ['unit_head', 'staff'], { fullName: 'Phạm Văn Trưởng', manages: 'head' });
    const { request } = await unansweredRequest();
    t.clock.set(new Date('2026-03-23T01:00:00Z'));
    await escalate();
    const shown = (await api(t.app, await login(t.app, rootHead.username)).get(`/api/v1/explanations/${request.id}`)).json();
    expect(shown.escalatedTo).toEqual([{ id: rootHead.id, fullName: 'Phạm Văn Trưởng' }]);
  });
});

describe('turning a request into a conduct case', () => {
  test('opens a case in one action with the explanation carried over, once, by a leader or inspector only', async () => {
    const { request } = await unansweredRequest();
    await f.clients.lan.post(`/api/v1/explanations/${request.id}/answer`, { answer: 'Tôi bận việc khác.' });
    const items = [{ catalog: 'related', code: 'R.TRE_HAN' }];
    const tooEarly = await f.clients.leader.post(`/api/v1/explanations/${request.id}/open-case`, { items });
    expect([tooEarly.statusCode, tooEarly.json().code]).toEqual([409, 'explanation_state']);
    await f.clients.head.post(`/api/v1/explanations/${request.id}/decide`, { isAccepted: false, note: 'Không có lý do chính đáng.' });
    expect((await f.clients.head.post(`/api/v1/explanations/${request.id}/open-case`, { items })).statusCode).toBe(403);
    expect((await f.clients.leader.post(`/api/v1/explanations/${request.id}/open-case`, { items: [] })).statusCode).toBe(400);
    const unknownCode = await f.clients.leader.post(`/api/v1/explanations/${request.id}/open-case`, { items: [{ catalog: 'related', code: 'KHONG_CO' }] });
    expect(unknownCode.statusCode).toBe(400);
    expect((await f.clients.leader.get(`/api/v1/explanations/${request.id}`)).json().caseId).toBeNull();

    const opened = await f.clients.leader.post(`/api/v1/explanations/${request.id}/open-case`, { items });
    expect(opened.statusCode).toBe(200);
    const { caseId } = opened.json();
    expect(caseId).toEqual(expect.any(String));
    const conductCase = (await f.clients.leader.get(`/api/v1/conduct/cases/${caseId}`)).json();
    expect(conductCase).toMatchObject({ status: 'recorded', subject: { id: f.people.lan.id }, source: 'supervisor' });
    expect(conductCase.description).toContain('Vì sao chậm?');
    expect(conductCase.description).toContain('Tôi bận việc khác.');
    expect(conductCase.description).toContain('Không chấp nhận giải trình. Không có lý do chính đáng.');
    const twice = await f.clients.leader.post(`/api/v1/explanations/${request.id}/open-case`, { items });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'explanation_state']);
  });
});
