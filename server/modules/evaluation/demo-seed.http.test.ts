import { seedDemoAgency, type SeededAgency } from '../../db/seed/demo-agency.js';
import { seedDemoEvaluation } from '../../db/seed/demo-evaluation.js';
import { seedDemoHistory } from '../../db/seed/demo-history.js';
import { seedDemoWork } from '../../db/seed/demo-work.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let prefix: string;
test.override('appOptions', { now: new Date('2026-04-20T02:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  prefix = `${Date.now().toString(36)}e-`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${prefix}`, usernamePrefix: prefix });
  await seedDemoHistory(t.database.db, t.clock.now(), seeded, 40);
  await seedDemoWork(t.database.db, t.clock.now(), seeded, prefix);
  await seedDemoEvaluation(t.database.db, t.clock.now(), seeded, prefix);
}, 600_000);

test('evaluates the last three months (one appeal, one person disciplined and rated D) and opens the current month', async () => {
  const leader = api(t.app, await login(t.app, `${prefix}lanhdao`, 'Congvu@2026'));
  const periods = (await leader.get('/api/v1/evaluation/periods?limit=10')).json().items;
  expect(periods.map((period: { startsOn: string; state: string }) => [period.startsOn, period.state])).toEqual([
    ['2026-04-01', 'open'],
    ['2026-03-01', 'open'],
    ['2026-02-01', 'closed'],
    ['2026-01-01', 'closed'],
  ]);
  const current = (await leader.get(`/api/v1/evaluation/periods/${periods[0].id}`)).json();
  expect(Object.keys(current.counts)).toEqual(['self_assessment']);
  const february = (await leader.get(`/api/v1/evaluation/periods/${periods[2].id}/scorecards?limit=100&level=KHTNV`)).json().items;
  expect(february.length).toBeGreaterThanOrEqual(1);
  const january = (await leader.get(`/api/v1/evaluation/periods/${periods[3].id}`)).json();
  expect(january.distribution.every((group: { cap: { isExceeded: boolean } }) => !group.cap.isExceeded)).toBe(true);
  const withTasks = [];
  for (const period of periods.slice(1)) {
    const scorecards = (await leader.get(`/api/v1/evaluation/periods/${period.id}/scorecards?limit=100`)).json().items;
    for (const row of scorecards) {
      const card = (await leader.get(`/api/v1/evaluation/scorecards/${row.id}`)).json();
      if (card.appealAnswer) withTasks.push('appeal');
      if (card.lines.some((line: { taskId?: string }) => line.taskId)) withTasks.push('task');
    }
  }
  expect(withTasks).toContain('appeal');
  expect(withTasks).toContain('task');
});
