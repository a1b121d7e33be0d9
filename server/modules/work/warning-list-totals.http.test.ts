import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { countListed, createWorkFixture, OPEN_STATUSES as OPEN } from '../../test/fixtures/work.js';
import { countTaskPageUpTo } from './work.task-page.js';
import { runSignalSweep } from './work.sweep.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

type Fixture = Awaited<ReturnType<typeof createWorkFixture>>;
type Client = Fixture['clients']['lan'];

const totalOf = async (client: Client, query: string) => {
  const response = await client.get(`/api/v1/tasks/count?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().total as number | null;
};

test('the overdue and due-soon lists count exactly the tasks they page through, in each viewer’s scope', async () => {
  t.clock.set(new Date('2026-03-02T06:00:00Z')); // Mon 02/03
  const f = await createWorkFixture(t.app, t.database.db);
  for (const dueDate of ['2026-03-03', '2026-03-03', '2026-03-04', '2026-03-20']) await f.assign({ due: { kind: 'date', dueDate } });
  await f.assign({ ownerId: f.people.minh.id, due: { kind: 'date', dueDate: '2026-03-03' } });

  for (const [client, view] of [
    [f.clients.lan, 'view=mine'],
    [f.clients.head, `view=unit&unitId=${f.department.id}`],
    [f.clients.leader, 'view=unit'],
    [f.clients.outsider, 'view=unit'],
  ] as const) {
    const query = `${view}&${OPEN}&signal=due_soon`;
    expect(await totalOf(client, query), query).toBe(await countListed(client, query));
  }
  expect(await totalOf(f.clients.head, `view=unit&${OPEN}&signal=due_soon`)).toBeGreaterThan(0);
  expect(await totalOf(f.clients.outsider, `view=unit&${OPEN}&signal=due_soon`)).toBe(0);

  t.clock.set(new Date('2026-03-05T01:00:00Z')); // Thu 05/03: three tasks fell overdue by time alone
  await runSignalSweep({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) }, f.agencyId);
  await f.logInAgain();
  expect(await totalOf(f.clients.lan, `view=mine&${OPEN}&signal=overdue`)).toBe(3);
  expect(await totalOf(f.clients.head, `view=unit&${OPEN}&signal=overdue`)).toBe(4);
  expect(await countListed(f.clients.head, `view=unit&${OPEN}&signal=overdue`)).toBe(4);
  expect(await totalOf(f.clients.head, `view=unit&${OPEN}&signal=overdue&q=${encodeURIComponent('quy trinh')}`)).toBe(4);

  // Past its bound the count says nothing rather than keep counting.
  const filter = { agencyId: f.agencyId, audience: { kind: 'agency' as const }, viewer: { personId: null, unitId: null }, signal: 'overdue' as const };
  expect(await countTaskPageUpTo(t.database.db, filter, 4)).toBe(4);
  expect(await countTaskPageUpTo(t.database.db, filter, 3)).toBeNull();
  // A list without a warning has its counters: this count is refused, not run.
  expect((await f.clients.head.get(`/api/v1/tasks/count?view=unit&${OPEN}`)).statusCode).toBe(400);
});
