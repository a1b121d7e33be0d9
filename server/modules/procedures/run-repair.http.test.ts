import { eq, inArray } from 'drizzle-orm';
import { describe } from 'vitest';
import { procedureRunSteps, tasks } from '../../db/schema/index.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { actorOfUsername } from '../auth/index.js';
import { runCommand } from '../work/index.js';
import { repairRuns, repairRunKey } from './procedures.repair.js';
import { expect, test, type TestApp, type ProceduresFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ProceduresFixture;
test.beforeEach(({ app, procedures }) => {
  t = app;
  f = procedures;
});

const depsOf = () => ({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) });
const states = (run: { steps: { state: string }[] }) => run.steps.map((s) => s.state);

/** Submits and accepts the step's task through the work service alone: no run follows, as if the process died after the command. */
async function acceptBehindTheRunsBack(taskId: string) {
  const deps = depsOf();
  await runCommand(deps, await actorOfUsername(deps, f.people.clerk.username), taskId, { name: 'submit', note: 'Đã vào sổ' });
  await runCommand(deps, await actorOfUsername(deps, f.people.head.username), taskId, { name: 'acceptResult', grade: 4 });
}

describe('the procedure run repair', () => {
  test('moves on a run whose step was accepted without the run following, once, and changes nothing on a rerun', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn thư' })).json();
    const healthy = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn khác' })).json();
    await acceptBehindTheRunsBack(run.steps[0].taskId);
    expect(states((await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}`)).json())).toEqual(['open', 'waiting', 'waiting']);

    const first = await repairRuns(depsOf(), f.agencyId, 'test-1');
    expect(first).toMatchObject({ ran: true, repaired: 1, skipped: 0 });
    const repaired = (await f.clients.expert.get(`/api/v1/procedure-runs/${run.id}`)).json();
    expect(states(repaired)).toEqual(['done', 'open', 'waiting']);
    expect(repaired.steps[1]).toMatchObject({ holder: { id: f.people.expert.id }, taskStatus: 'assigned' });
    expect(states((await f.clients.clerk.get(`/api/v1/procedure-runs/${healthy.id}`)).json())).toEqual(['open', 'waiting', 'waiting']);

    // The same hour is claimed already; a later hour finds nothing to do.
    expect((await repairRuns(depsOf(), f.agencyId, 'test-1')).ran).toBe(false);
    expect(await repairRuns(depsOf(), f.agencyId, 'test-2')).toMatchObject({ ran: true, repaired: 0 });
    const runSteps = await t.database.db.select().from(procedureRunSteps).where(eq(procedureRunSteps.runId, run.id));
    const stepTasks = await t.database.db
      .select({ id: tasks.id })
      .from(tasks)
      .where(
        inArray(
          tasks.sourceId,
          runSteps.map((s) => s.id),
        ),
      );
    expect(stepTasks.map((task) => task.id).sort()).toEqual([run.steps[0].taskId, repaired.steps[1].taskId].sort());
  });

  test('opens the next step of a run handed over without its next task', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn thư' })).json();
    await acceptBehindTheRunsBack(run.steps[0].taskId);
    // The crash came after the hand-over committed and before the next task was created.
    const [step] = await t.database.db.select().from(procedureRunSteps).where(eq(procedureRunSteps.taskId, run.steps[0].taskId));
    await t.database.db.update(procedureRunSteps).set({ state: 'done', handedOverAt: t.clock.now() }).where(eq(procedureRunSteps.id, step.id));

    expect(await repairRuns(depsOf(), f.agencyId, repairRunKey(t.clock.now()))).toMatchObject({ ran: true, repaired: 1 });
    expect(states((await f.clients.head.get(`/api/v1/procedure-runs/${run.id}`)).json())).toEqual(['done', 'open', 'waiting']);
  });

  test('leaves cancelled runs alone', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn thư' })).json();
    await f.clients.clerk.post(`/api/v1/procedure-runs/${run.id}/cancel`, { reason: 'Đơn trùng' });
    expect(await repairRuns(depsOf(), f.agencyId, 'test-cancelled')).toMatchObject({ ran: true, checked: 0, repaired: 0 });
  });
});
