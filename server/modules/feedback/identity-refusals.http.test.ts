import { sql } from 'drizzle-orm';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

test('audits every refused attempt to open a reporter identity: who, which report, why, for what purpose', async () => {
  const report = await f.submit();
  const attempt = (client: typeof f.clients.leader) => client.post(`/api/v1/feedback/reports/${report.id}/identity`, { purpose: 'Tò mò' });
  expect((await attempt(f.clients.leader)).statusCode).toBe(403);
  expect((await attempt(f.clients.otherStaff)).statusCode).toBe(404);
  const result = await t.database.db.execute(
    sql`select actor_name, change from audit_events where subject_id = ${report.id} and action = 'public_report.identity_read_refused' order by id`,
  );
  const rows = ((result as unknown as { rows?: unknown[] }).rows ?? result) as { actor_name: string; change: { refusal: string; purpose: string } }[];
  expect(rows.map((row) => [row.actor_name, row.change.refusal, row.change.purpose])).toEqual([
    ['Lê Thị Thanh Hà', 'forbidden', 'Tò mò'],
    ['Bùi Văn Khác', 'not_found', 'Tò mò'],
  ]);
  expect(JSON.stringify(rows)).not.toContain('Người Dân');
});
