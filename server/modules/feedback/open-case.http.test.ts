import { sql } from 'drizzle-orm';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

const rowsOf = <T>(result: unknown) => ((result as { rows?: T[] }).rows ?? result) as T[];
const url = (id: string, path = '') => `/api/v1/feedback/reports/${id}${path}`;

test('opens a conduct case from a report, linked both ways, without copying who reported', async () => {
  const report = await f.submit();
  await f.clients.inspector.post(url(report.id, '/accept'));
  const noItem = await f.clients.inspector.post(url(report.id, '/open-case'), {});
  expect(noItem.statusCode).toBe(400);
  expect(noItem.json().errors[0].field).toBe('body.manifestationCode');
  await f.clients.inspector.post(url(report.id, '/classify'), { category: 'harassment', level: 'normal', subjectPersonId: f.people.official.id });

  const opened = await f.clients.inspector.post(url(report.id, '/open-case'), { manifestationCode: 'N1.01', note: 'Đủ căn cứ xem xét trách nhiệm' });
  expect(opened.statusCode).toBe(200);
  expect(opened.json()).toMatchObject({ status: 'case_opened', caseId: expect.any(String), manifestationCode: 'N1.01' });
  expect(opened.json().abilities).not.toContain('openCase');
  const caseId = opened.json().caseId;

  const [row] = rowsOf<{ source: string; source_id: string; source_reference: string; subject_person_id: string; reporter: unknown }>(
    await t.database.db.execute(sql`select source, source_id, source_reference, subject_person_id, reporter from conduct_cases where id = ${caseId}`),
  );
  expect(row).toMatchObject({ source: 'public_report', source_id: report.id, source_reference: report.reference, subject_person_id: f.people.official.id });
  expect(JSON.stringify(row.reporter ?? null)).not.toContain('Người Dân');

  // The official sees the case about them, never the reporter, and never the report.
  const asSubject = await f.clients.official.get(`/api/v1/conduct/cases/${caseId}`);
  expect(asSubject.body).not.toContain('Người Dân');
  expect(asSubject.body).not.toContain('0912');
  expect((await f.clients.official.get(url(report.id))).statusCode).toBe(404);

  const tracked = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  expect(tracked.json().status).toBe('case_opened');
  // The answer follows the case; harassment needs a document first.
  expect((await f.clients.inspector.post(url(report.id, '/answer'), { answer: 'Kết luận' })).statusCode).toBe(400);
});

test('refuses a case from administrators, who triage but do not open cases, and a code outside the catalog', async () => {
  const report = await f.submit({ category: 'delay' });
  await f.clients.admin.post(url(report.id, '/accept'));
  expect((await f.clients.admin.get(url(report.id))).json().abilities).not.toContain('openCase');
  expect((await f.clients.admin.post(url(report.id, '/open-case'), { manifestationCode: 'N1.01' })).statusCode).toBe(403);
  const unknown = await f.clients.leader.post(url(report.id, '/open-case'), { manifestationCode: 'X9.99' });
  expect(unknown.statusCode).toBe(400);
  const still = await f.clients.leader.get(url(report.id));
  expect(still.json()).toMatchObject({ status: 'accepted', caseId: null });
  const opened = await f.clients.leader.post(url(report.id, '/open-case'), { manifestationCode: 'N1.01' });
  expect(opened.json().status).toBe('case_opened');
  // Now the catalog is loaded: classification checks codes against it.
  const bad = await f.clients.leader.post(url(report.id, '/classify'), { category: 'delay', level: 'normal', manifestationCode: 'X9.99' });
  expect(bad.json().errors[0].field).toBe('body.manifestationCode');
});
