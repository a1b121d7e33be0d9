import { and, eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { jobRuns, notifications } from '../../db/schema/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { openTestDatabase } from '../../test/fixtures/test-app.js';
import { createWorkFixture } from '../../test/fixtures/work.js';
import { runSignalSweep } from './work.sweep.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

const depsOf = (db = t.database.db) => ({ db, clock: t.clock, calendars: createCalendarCache(db) });

describe('signal sweep', () => {
  test('moves a task that fell overdue into the dashboard counters and warns the owner, then the unit head', async () => {
    t.clock.set(new Date('2026-03-02T06:00:00Z'));
    const f = await createWorkFixture(t.app, t.database.db);
    const task = await f.assign({ due: { kind: 'date', dueDate: '2026-03-03' } });
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});

    t.clock.set(new Date('2026-03-04T01:00:00Z')); // Wed 04/03, 08:00: one day late
    expect(await runSignalSweep(depsOf(), f.agencyId)).toMatchObject({ ran: true, changed: 1 });
    const overdueFor = async () =>
      (
        await t.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.subjectId, task.id), eq(notifications.kind, 'signal')))
      ).map((n) => ({ personId: n.personId, signal: n.signal }));
    expect(await overdueFor()).toEqual([{ personId: f.people.lan.id, signal: { kind: 'overdue', level: 0 } }]);

    await f.logInAgain();
    const leader = (await f.clients.leader.get('/api/v1/tasks/dashboard')).json();
    expect(leader.units.find((u: { unitId: string }) => u.unitId === f.department.id)).toMatchObject({ open: 1, overdue: 1 });
    expect(leader.units.find((u: { unitId: string }) => u.unitId === f.root.id)).toMatchObject({ open: 1, overdue: 1 });

    t.clock.set(new Date('2026-03-06T01:00:00Z')); // Fri 06/03: two more working days late
    await runSignalSweep(depsOf(), f.agencyId);
    expect(await overdueFor()).toEqual(expect.arrayContaining([{ personId: f.people.head.id, signal: { kind: 'overdue', level: 1 } }]));
  });

  test('runs once per day even when two instances sweep at the same moment, and never notifies twice', async () => {
    t.clock.set(new Date('2026-03-02T06:00:00Z'));
    const f = await createWorkFixture(t.app, t.database.db);
    await f.assign({ due: { kind: 'date', dueDate: '2026-03-02' } });
    t.clock.set(new Date('2026-03-03T02:00:00Z'));
    // A second instance: on PostgreSQL a separate connection pool; PGlite is one process by design.
    const second = process.env.DATABASE_URL ? await openTestDatabase() : t.database;
    try {
      const results = await Promise.all([runSignalSweep(depsOf(), f.agencyId), runSignalSweep(depsOf(second.db), f.agencyId)]);
      expect(results.filter((r) => r.ran)).toHaveLength(1);
      const runs = await t.database.db.select().from(jobRuns).where(eq(jobRuns.agencyId, f.agencyId));
      expect(runs).toHaveLength(1);
      const before = await t.database.db.select().from(notifications).where(eq(notifications.agencyId, f.agencyId));
      // The next day's run recomputes the same facts: no new notification for them.
      await runSignalSweep(depsOf(), f.agencyId, 'rerun-same-facts');
      const after = await t.database.db.select().from(notifications).where(eq(notifications.agencyId, f.agencyId));
      expect(after.length).toBe(before.length);
    } finally {
      if (second !== t.database) await second.close();
    }
  });
});
