import { and, eq } from 'drizzle-orm';
import { beforeEach, describe } from 'vitest';
import { notifications } from '../../db/schema/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { createUser } from '../../test/factories.js';
import { createWorkFixture, WORK_TEST_START, type WorkFixture } from '../../test/fixtures/work.js';
import { runSignalSweep } from './work.sweep.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

// Issue 27, point 15: "bounced" and "extended" have no clock in the rules, so the sweep told nobody.
// Now the assigner and the unit head hear when they appear, and they climb the tree like the others.
let t: TestApp;
let f: WorkFixture;
let rootHead: { id: string };
test.beforeAll(({ app }) => {
  t = app;
});
beforeEach(async () => {
  t.clock.set(WORK_TEST_START);
  f = await createWorkFixture(t.app, t.database.db);
  rootHead = await createUser(t.database.db, f.root, ['leader'], { fullName: 'Võ Minh Châu', manages: 'head' });
});

const sweep = (key?: string) => runSignalSweep({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) }, f.agencyId, key);
const signalNotices = async (taskId: string) =>
  (
    await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, taskId), eq(notifications.kind, 'signal')))
  )
    .map((n) => ({ personId: n.personId, signal: n.signal }))
    .sort((a, b) => a.personId.localeCompare(b.personId));
const sorted = (items: { personId: string; signal: unknown }[]) => [...items].sort((a, b) => a.personId.localeCompare(b.personId));

/** A task the leader assigns in the department, so the assigner and the unit head are different people. */
async function leaderTask() {
  const response = await f.clients.leader.post('/api/v1/tasks', {
    title: 'Rà soát quy chế làm việc',
    expectedOutput: 'Dự thảo quy chế sửa đổi',
    unitId: f.department.id,
    ownerId: f.people.lan.id,
    startDate: '2026-03-02',
    due: { kind: 'date', dueDate: '2026-03-31' },
  });
  expect(response.statusCode).toBe(200);
  const id: string = response.json().id;
  expect((await f.clients.lan.post(`/api/v1/tasks/${id}/accept`, {})).statusCode).toBe(200);
  return id;
}

async function handOn(id: string, from: keyof WorkFixture['clients'], to: 'lan' | 'minh') {
  expect((await f.clients[from].post(`/api/v1/tasks/${id}/transfer`, { reasonCode: 'workload', reason: 'Đang phụ trách việc khác' })).statusCode).toBe(200);
  expect((await f.clients.head.post(`/api/v1/tasks/${id}/transfer/approve`, { newOwnerId: f.people[to].id })).statusCode).toBe(200);
  expect((await f.clients[to].post(`/api/v1/tasks/${id}/transfer/respond`, { response: 'accept' })).statusCode).toBe(200);
}

describe('standing signals notify and escalate', () => {
  test('tells the assigner and the unit head when a task bounces, once, then the head above', async () => {
    const id = await leaderTask();
    await handOn(id, 'lan', 'minh');
    await handOn(id, 'minh', 'lan'); // the second transfer: "bounced"
    t.clock.set(new Date('2026-03-03T01:00:00Z'));
    await sweep();
    const appeared = [
      { personId: f.people.leader.id, signal: { kind: 'bounced', level: 0 } },
      { personId: f.people.head.id, signal: { kind: 'bounced', level: 0 } },
    ];
    expect(await signalNotices(id)).toEqual(sorted(appeared));
    await sweep('same-facts-again');
    expect(await signalNotices(id)).toEqual(sorted(appeared));

    t.clock.set(new Date('2026-03-05T01:00:00Z')); // two working days after it appeared
    await sweep();
    expect(await signalNotices(id)).toEqual(sorted([...appeared, { personId: rootHead.id, signal: { kind: 'bounced', level: 1 } }]));
  });

  test('tells them when a task is extended again and again', async () => {
    const id = await leaderTask();
    for (const newDueDate of ['2026-04-03', '2026-04-10']) {
      expect((await f.clients.lan.post(`/api/v1/tasks/${id}/extension`, { newDueDate, reason: 'Chờ ý kiến các Ban' })).statusCode).toBe(200);
      expect((await f.clients.leader.post(`/api/v1/tasks/${id}/extension/decide`, { decision: 'approve' })).statusCode).toBe(200);
    }
    t.clock.set(new Date('2026-03-03T01:00:00Z'));
    await sweep();
    expect(await signalNotices(id)).toEqual(
      sorted([
        { personId: f.people.leader.id, signal: { kind: 'extended', level: 0 } },
        { personId: f.people.head.id, signal: { kind: 'extended', level: 0 } },
      ]),
    );
  });
});
