import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createFileStore } from '../../platform/files.js';
import { publicReports } from '../schema/index.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoFeedback } from './demo-feedback.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-10T03:00:00Z') });
  run = `fb${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoFeedback(t.database.db, t.clock.now(), seeded, {
    files: createFileStore('.tmp/demo-feedback-files'),
    identityKey: Buffer.alloc(32, 1),
    usernamePrefix: `${run}-`,
  });
});
afterAll(() => t.close());

it('loads public reports in every state, one of them past its acceptance limit', async () => {
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
