import { api, login } from '../../test/http.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoExplanations } from './demo-explanations.js';
import { seedDemoWork } from './demo-work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
test.override('appOptions', { now: new Date('2026-03-10T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  run = `gt${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoWork(t.database.db, t.clock.now(), seeded, `${run}-`);
  await seedDemoExplanations(t.database.db, t.clock.now(), seeded, `${run}-`);
});

test('shows the overdue demo task’s explanation request to its owner and on the task', async () => {
  const canbo2 = api(t.app, await login(t.app, `${run}-canbo2`, 'Congvu@2026'));
  const mine = (await canbo2.get('/api/v1/explanations?view=mine')).json().items;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ status: 'awaiting_answer', item: { kind: 'task', title: 'Tổng hợp kết quả tự kiểm tra 25 biểu hiện của cán bộ trong Ban' } });
  const events = (await canbo2.get(`/api/v1/tasks/${mine[0].item.id}/events`)).json().items as { kind: string }[];
  expect(events.map((event) => event.kind)).toContain('task.explanation_requested');
});
