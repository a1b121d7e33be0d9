import { seedDemoAgency, type SeededAgency } from '../../db/seed/demo-agency.js';
import { seedDemoConduct } from '../../db/seed/demo-conduct.js';
import { seedDemoHistory } from '../../db/seed/demo-history.js';
import { seedDemoWork } from '../../db/seed/demo-work.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let prefix: string;
test.beforeAll(async ({ app }) => {
  t = app;
  prefix = `${Date.now().toString(36)}c-`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${prefix}`, usernamePrefix: prefix });
  await seedDemoHistory(t.database.db, t.clock.now(), seeded, 40);
  await seedDemoWork(t.database.db, t.clock.now(), seeded, prefix);
  const result = await seedDemoConduct(t.database.db, t.clock.now(), seeded, prefix);
  expect(result.created).toBeGreaterThanOrEqual(2);
});

test('seeds fictional cases in different states and suggestions from the demo work history', async () => {
  const inspector = api(t.app, await login(t.app, `${prefix}thanhtra`, 'Congvu@2026'));
  const cases = (await inspector.get('/api/v1/conduct/cases?limit=20')).json().items;
  expect(cases.map((item: { status: string }) => item.status).sort()).toEqual(['awaiting_explanation', 'dismissed', 'notified', 'recorded', 'verifying']);
  const staff = api(t.app, await login(t.app, `${prefix}canbo1`, 'Congvu@2026'));
  const mine = (await staff.get('/api/v1/conduct/cases?mine=subject')).json().items;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ status: 'awaiting_explanation', source: null });
  const suggestions = (await inspector.get('/api/v1/conduct/suggestions')).json().items;
  expect(suggestions.length).toBeGreaterThan(0);
});
