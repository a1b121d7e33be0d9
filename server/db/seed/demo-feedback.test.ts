import { eq } from 'drizzle-orm';
import { api, login } from '../../test/http.js';
import { createFileStore } from '../../platform/files.js';
import { publicReports } from '../schema/index.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoFeedback } from './demo-feedback.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
test.override('appOptions', { now: new Date('2026-03-10T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  run = `fb${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoFeedback(t.database.db, t.clock.now(), seeded, {
    files: createFileStore('.tmp/demo-feedback-files'),
    identityKey: Buffer.alloc(32, 1),
    usernamePrefix: `${run}-`,
  });
});

test('loads public reports in every state, one of them past its acceptance limit', async () => {
  const rows = await t.database.db.select().from(publicReports).where(eq(publicReports.agencyId, seeded.agencyId));
  expect(rows.map((row) => row.status).sort()).toEqual(['accepted', 'answered', 'case_opened', 'received', 'received', 'rejected']);
  expect(rows.find((row) => row.status === 'answered')?.ratingScore).toBe(4);
  expect(rows.find((row) => row.status === 'case_opened')?.caseId).not.toBeNull();
  const inspector = api(t.app, await login(t.app, `${run}-thanhtra`, 'Congvu@2026'));
  const overdue = (await inspector.get('/api/v1/feedback/reports?acceptOverdue=true')).json().items;
  expect(overdue).toHaveLength(1);
  const truongban = api(t.app, await login(t.app, `${run}-truongban`, 'Congvu@2026'));
  expect((await truongban.get('/api/v1/feedback/reports')).json().items).toEqual([]);
});
