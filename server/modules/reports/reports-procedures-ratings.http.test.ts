import { and, eq, sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { evaluationScorecards, procedureRuns, procedureRunSteps } from '../../db/schema/index.js';
import { createWorkFixture, WORK_TEST_START } from '../../test/fixtures/work.js';
import { api, login } from '../../test/http.js';
import { openMarch, recordMarchWork } from '../../test/fixtures/evaluation.js';
import { createProceduresFixture, PROCEDURES_TEST_START } from '../../test/fixtures/procedures.js';
import { readDocx, waitForRun } from '../../test/fixtures/reports.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { now: PROCEDURES_TEST_START });
test.beforeAll(async ({ app }) => {
  t = app;
});

type Client = Awaited<ReturnType<typeof createProceduresFixture>>['clients']['head'];
const hours = (n: number) => n * 3_600_000;

async function handOver(owner: Client, reviewer: Client, taskId: string) {
  const task = (await owner.get(`/api/v1/tasks/${taskId}`)).json();
  if (task.status === 'assigned') await owner.post(`/api/v1/tasks/${taskId}/accept`, {});
  await owner.post(`/api/v1/tasks/${taskId}/submit`, { note: 'Đã xong' });
  expect((await reviewer.post(`/api/v1/tasks/${taskId}/accept-result`, { grade: 4 })).statusCode).toBe(200);
}

async function reportRows(client: Client, unitId: string, period: Record<string, unknown>) {
  const queued = await client.post('/api/v1/reports/runs', { unitId, period });
  const run = await waitForRun(client, queued.json().id);
  expect(run.status).toBe('done');
  return readDocx((await client.get(`/api/v1/reports/runs/${run.id}/file`)).rawPayload);
}

describe('procedures and ratings in the periodic report', () => {
  test('counts procedure runs and steps on time or late per unit as the run tables do, and names the late step', async () => {
    t.clock.set(PROCEDURES_TEST_START);
    const f = await createProceduresFixture(t.app, t.database.db);
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn của ông Phạm Văn K' })).json();
    t.clock.advanceMs(hours(2));
    await handOver(f.clients.clerk, f.clients.head, run.steps[0].taskId);
    const second = (await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}`)).json().steps[1];
    // Two working days allowed; handed over a week later.
    t.clock.advanceMs(hours(24 * 7));
    const [expert, head, clerk, leader] = await Promise.all(
      [f.people.expert, f.people.head, f.people.clerk, f.people.leader].map(async (person) => api(t.app, await login(t.app, person.username))),
    );
    await handOver(expert, head, second.taskId);
    await clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Hồ sơ thứ hai' });

    const doc = await reportRows(leader, f.root.id, { kind: 'range', fromDate: '2026-03-01', toDate: '2026-03-31' });
    const runs = await t.database.db.select().from(procedureRuns).where(eq(procedureRuns.agencyId, f.agencyId));
    const steps = await t.database.db
      .select()
      .from(procedureRunSteps)
      .where(and(eq(procedureRunSteps.agencyId, f.agencyId), eq(procedureRunSteps.state, 'done')));
    const late = steps.filter((step) => step.isLate).length;
    const header = doc.rows.findIndex((row) => row[1] === 'Lượt bắt đầu');
    const office = doc.rows.slice(header).find((row) => row[0] === 'Văn phòng')!;
    expect(office.slice(1, 5).map(Number)).toEqual([runs.length, runs.filter((r) => r.state === 'completed').length, steps.length - late, late]);
    expect([runs.length, steps.length, late]).toEqual([2, 2, 1]);
    const lateStep = doc.rows.find((row) => row[1] === 'Thẩm định, đề xuất')!;
    expect(lateStep.slice(2).map(Number)).toEqual([1, 1]);
    expect(doc.text).not.toContain('Phạm Văn K');
  });

  test('counts published ratings per unit and level as the scorecards say, without a name', async () => {
    t.clock.set(WORK_TEST_START);
    const f = await createWorkFixture(t.app, t.database.db);
    await recordMarchWork(t, f);
    const { period, cards } = await openMarch(f);
    await f.clients.lan.post(`/api/v1/evaluation/scorecards/${cards.lan}/self-assessment`, { general: 18, bonus: 4, comment: 'Hoàn thành' });
    await f.clients.head.post(`/api/v1/evaluation/scorecards/${cards.lan}/review`, {});
    expect((await f.clients.head.post(`/api/v1/evaluation/scorecards/${cards.lan}/decide`, {})).statusCode).toBe(200);
    expect((await f.clients.head.post(`/api/v1/evaluation/periods/${period.id}/publish`)).statusCode).toBe(200);

    const doc = await reportRows(f.clients.leader, f.root.id, { kind: 'quarter', year: 2026, number: 2 });
    const published = await t.database.db
      .select({ level: evaluationScorecards.level, isRated: evaluationScorecards.isRated })
      .from(evaluationScorecards)
      .where(and(eq(evaluationScorecards.agencyId, f.agencyId), sql`${evaluationScorecards.publishedOn} is not null`));
    const count = (level: string) => published.filter((card) => card.isRated && card.level === level).length;
    const expected = [count('HTXSNV'), count('HTTNV'), count('HTNV'), count('KHTNV'), published.filter((card) => !card.isRated).length];
    expect(published).toHaveLength(1);
    const ratings = doc.rows.slice(doc.rows.findIndex((row) => row[1] === 'Hoàn thành xuất sắc'));
    expect(
      ratings
        .find((row) => row[0] === 'Ban Tuyên giáo')!
        .slice(1, 6)
        .map(Number),
    ).toEqual(expected);
    expect(
      ratings
        .find((row) => row[0] === 'Tổng cộng')!
        .slice(1, 6)
        .map(Number),
    ).toEqual(expected);
    expect(doc.text).not.toContain('Nguyễn Thị Lan');
  });
});
