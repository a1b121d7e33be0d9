import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { personWorkCounters, taskEvents, tasks } from '../../db/schema/index.js';
import { api, login } from '../../test/http.js';
import { runConductDaily } from './index.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

/** Work history written straight to the work tables, as the work module would have left it. */
async function insertTask(ownerId: string, overrides: Partial<typeof tasks.$inferInsert> = {}) {
  const id = crypto.randomUUID();
  await t.database.db.insert(tasks).values({
    id,
    agencyId: f.agencyId,
    unitId: f.department.id,
    unitPath: f.department.path,
    title: 'Báo cáo sơ kết 6 tháng',
    searchText: 'bao cao so ket 6 thang',
    expectedOutput: 'Báo cáo',
    ownerId,
    assignerId: f.people.head.id,
    status: 'in_progress',
    startDate: '2026-01-05',
    dueDate: '2026-01-30',
    assignedAt: new Date('2026-01-05T02:00:00Z'),
    ...overrides,
  });
  return id;
}

async function insertTransfers(personId: string, count: number) {
  for (let index = 0; index < count; index++) {
    const taskId = await insertTask(f.people.colleague.id, { status: 'completed', dueDate: '2026-02-27' });
    await t.database.db.insert(taskEvents).values({
      agencyId: f.agencyId,
      taskId,
      occurredAt: new Date(`2026-02-0${index + 1}T03:00:00Z`),
      actorPersonId: f.people.colleague.id,
      actorName: 'Trần Thị Hoa',
      kind: 'task.transferred',
      reason: 'Không đúng chuyên môn',
      before: { ownerId: personId },
      after: { ownerId: f.people.colleague.id },
    });
  }
  await t.database.db
    .insert(personWorkCounters)
    .values({ agencyId: f.agencyId, personId, transfersAway: count })
    .onConflictDoUpdate({
      target: [personWorkCounters.agencyId, personWorkCounters.personId],
      set: { transfersAway: sql`excluded.transfers_away` },
    });
}

const list = async (status = 'open') => (await f.clients.inspector.get(`/api/v1/conduct/suggestions?status=${status}`)).json().items;

describe('suggestions from work signals', () => {
  test('suggests a long-overdue task once, naming the item and the evidence; recomputing adds nothing', async () => {
    const taskId = await insertTask(f.people.subject.id);
    const first = await f.clients.inspector.post('/api/v1/conduct/suggestions/compute');
    expect(first.json()).toEqual({ created: 1, skipped: 0 });
    const [suggestion] = await list();
    expect(suggestion).toMatchObject({
      signalKind: 'long_overdue_task',
      subject: { id: f.people.subject.id, fullName: 'Nguyễn Văn Bình' },
      catalogKind: 'related',
      itemCode: 'R.TRE_HAN',
      itemText: expect.stringContaining('quá hạn'),
      evidence: { taskIds: [taskId], dates: ['2026-01-30'] },
      status: 'open',
    });
    expect((await f.clients.inspector.post('/api/v1/conduct/suggestions/compute')).json()).toEqual({ created: 0, skipped: 1 });
    expect(await list()).toHaveLength(1);
  });

  test('dismisses with a reason only, and dismissed facts never come back', async () => {
    await insertTask(f.people.subject.id);
    await f.clients.inspector.post('/api/v1/conduct/suggestions/compute');
    const [suggestion] = await list();
    const noReason = await f.clients.inspector.post(`/api/v1/conduct/suggestions/${suggestion.id}/dismiss`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('body.reason');
    expect(
      (await f.clients.inspector.post(`/api/v1/conduct/suggestions/${suggestion.id}/dismiss`, { reason: 'Đã có ý kiến chỉ đạo gia hạn' })).statusCode,
    ).toBe(200);
    expect((await f.clients.inspector.post(`/api/v1/conduct/suggestions/${suggestion.id}/dismiss`, { reason: 'Lần hai' })).statusCode).toBe(409);
    expect((await f.clients.inspector.post('/api/v1/conduct/suggestions/compute')).json().created).toBe(0);
    expect(await list()).toHaveLength(0);
    expect((await list('dismissed'))[0]).toMatchObject({ dismissalReason: 'Đã có ý kiến chỉ đạo gia hạn' });
  });

  test('suggests repeated transfers at each multiple of the threshold with the events behind them', async () => {
    await insertTransfers(f.people.subject.id, 3);
    await f.clients.inspector.post('/api/v1/conduct/suggestions/compute');
    const [suggestion] = await list();
    expect(suggestion).toMatchObject({ signalKind: 'repeated_transfers', itemCode: 'R.DUN_DAY', evidence: { counts: { transfersAway: 3 } } });
    expect(suggestion.evidence.events).toHaveLength(3);
    await insertTransfers(f.people.subject.id, 4);
    expect((await f.clients.inspector.post('/api/v1/conduct/suggestions/compute')).json().created).toBe(0);
    await insertTransfers(f.people.subject.id, 6);
    expect((await f.clients.inspector.post('/api/v1/conduct/suggestions/compute')).json().created).toBe(1);
  });

  test('suggests a difficulty left undecided to its decider', async () => {
    await insertTask(f.people.subject.id, {
      dueDate: '2026-03-31',
      openRequest: { kind: 'difficulty', openedAt: '2026-02-16T02:00:00.000Z', description: 'Thiếu số liệu', proposal: 'Xin lùi hạn', proposedDueDate: null },
      deciderIds: [f.people.head.id],
    });
    await f.clients.inspector.post('/api/v1/conduct/suggestions/compute');
    expect(await list()).toEqual([
      expect.objectContaining({ signalKind: 'undecided_difficulty', subject: { id: f.people.head.id, fullName: 'Đặng Thu Hương' }, itemCode: 'R.SO_SAI' }),
    ]);
  });

  test('becomes a case only when an inspector opens it, once', async () => {
    await insertTask(f.people.subject.id);
    await f.clients.inspector.post('/api/v1/conduct/suggestions/compute');
    const [suggestion] = await list();
    expect((await f.clients.subject.post(`/api/v1/conduct/suggestions/${suggestion.id}/open`, {})).statusCode).toBe(404);
    expect((await f.clients.subject.get('/api/v1/conduct/suggestions')).statusCode).toBe(403);
    const opened = await f.clients.inspector.post(`/api/v1/conduct/suggestions/${suggestion.id}/open`, {});
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      status: 'recorded',
      source: 'signal',
      subject: { id: f.people.subject.id },
      items: [{ code: 'R.TRE_HAN' }],
      violationOn: '2026-01-30',
    });
    expect((await f.clients.inspector.post(`/api/v1/conduct/suggestions/${suggestion.id}/open`, {})).statusCode).toBe(409);
    expect((await list('opened'))[0].caseId).toBe(opened.json().id);
  });

  test('lets administrators remap a signal to a catalog item, refusing unknown codes by field', async () => {
    const bad = await f.clients.admin.put('/api/v1/conduct/signal-mappings', {
      mappings: [{ signalKind: 'long_overdue_task', catalog: 'directive', code: 'N4.01' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.mappings.0.code');
    expect(
      (
        await f.clients.inspector.put('/api/v1/conduct/signal-mappings', {
          mappings: [{ signalKind: 'long_overdue_task', catalog: 'directive', code: 'N1.03' }],
        })
      ).statusCode,
    ).toBe(403);
    const changed = await f.clients.admin.put('/api/v1/conduct/signal-mappings', {
      mappings: [{ signalKind: 'long_overdue_task', catalog: 'directive', code: 'N1.03' }],
    });
    expect(changed.json().items[0]).toMatchObject({ signalKind: 'long_overdue_task', catalogKind: 'directive', code: 'N1.03' });
    await insertTask(f.people.subject.id);
    await f.clients.inspector.post('/api/v1/conduct/suggestions/compute');
    expect((await list())[0]).toMatchObject({ catalogKind: 'directive', itemCode: 'N1.03' });
  });
});

describe('the daily conduct job', () => {
  test('runs once per day, moves case signals by time alone and computes suggestions', async () => {
    const opened = await f.openCase();
    await f.clients.inspector.post(`/api/v1/conduct/cases/${opened.id}/verify`, { note: 'Xác minh' });
    await f.clients.inspector.post(`/api/v1/conduct/cases/${opened.id}/request-explanation`, { workingDays: 2, questions: 'Giải trình' });
    await insertTask(f.people.colleague.id);
    const deps = { db: t.database.db, clock: t.clock };
    t.clock.set(new Date('2026-03-06T01:00:00Z'));
    expect(await runConductDaily(deps, f.agencyId)).toMatchObject({ ran: true, changed: 1, suggestions: 1 });
    expect(await runConductDaily(deps, f.agencyId)).toMatchObject({ ran: false });
    expect(await runConductDaily(deps, f.agencyId, 'rerun')).toMatchObject({ ran: true, changed: 0, suggestions: 0 });
    const rows = await t.database.db.execute(sql`select signal_kinds from conduct_cases where id = ${opened.id}`);
    expect((rows as unknown as { rows: { signal_kinds: string[] }[] }).rows[0].signal_kinds).toEqual(['explanation_overdue']);
    // The handler hears of the overdue step once, however often the job runs.
    const session = api(t.app, await login(t.app, f.people.inspector.username));
    const notices = (await session.get('/api/v1/notifications')).json().items.filter((item: { kind: string }) => item.kind === 'conduct_signal');
    expect(notices).toHaveLength(1);
  });
});
