import { seedDemoAgency, type SeededAgency } from '../../db/seed/demo-agency.js';
import { seedDemoPrivacy } from '../../db/seed/demo-privacy.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let prefix: string;
test.override('appOptions', { now: new Date('2026-04-20T02:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  prefix = `${Date.now().toString(36)}p-`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${prefix}`, usernamePrefix: prefix });
  await seedDemoPrivacy(t.database.db, t.clock.now(), seeded, prefix);
}, 600_000);

test('fills the register with one answered, one overdue and one new request', async () => {
  const admin = api(t.app, await login(t.app, `${prefix}admin`, 'Congvu@2026'));
  const items = (await admin.get('/api/v1/privacy/requests')).json().items;
  expect(items.map((item: { kind: string; state: string; isOverdue: boolean }) => [item.kind, item.state, item.isOverdue])).toEqual([
    ['objection', 'received', false],
    ['correction', 'received', true],
    ['access', 'answered', false],
  ]);
});
