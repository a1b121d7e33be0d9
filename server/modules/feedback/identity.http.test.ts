import { sql } from 'drizzle-orm';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

const SECRETS = ['Trần Thị Người Dân', '0912 345 678', 'nguoidan@example.vn'];
const rowsOf = <T>(result: unknown) => ((result as { rows?: T[] }).rows ?? result) as T[];

/** A report routed to "other", about the official, with a message and the inspector's classification. */
async function routedReport() {
  const report = await f.submit();
  await f.clients.inspector.post(`/api/v1/feedback/reports/${report.id}/accept`);
  await f.clients.inspector.post(`/api/v1/feedback/reports/${report.id}/classify`, {
    category: 'harassment',
    level: 'normal',
    subjectPersonId: f.people.official.id,
  });
  await f.clients.inspector.post(`/api/v1/feedback/reports/${report.id}/route`, { unitId: f.units.other.id });
  await f.publicClient.post('/api/v1/public/feedback/track/messages', { code: report.trackingCode, body: 'Tôi bổ sung thông tin.' });
  return report;
}

test('never shows the identity on any route that returns a report, to any role', async () => {
  const report = await routedReport();
  const reads = [
    (c: typeof f.clients.leader) => c.get('/api/v1/feedback/reports'),
    (c: typeof f.clients.leader) => c.get(`/api/v1/feedback/reports?q=${encodeURIComponent('Người Dân')}`),
    (c: typeof f.clients.leader) => c.get(`/api/v1/feedback/reports/${report.id}`),
    (c: typeof f.clients.leader) => c.post(`/api/v1/feedback/reports/${report.id}/messages`, { body: 'Cảm ơn ông/bà.' }),
    (c: typeof f.clients.leader) => c.get('/api/v1/notifications'),
  ];
  for (const [role, client] of Object.entries(f.clients)) {
    for (const [index, read] of reads.entries()) {
      const response = await read(client);
      for (const secret of SECRETS) expect(response.body, `${role}, read ${index}`).not.toContain(secret);
    }
  }
  const tracked = await f.publicClient.post('/api/v1/public/feedback/track', { code: report.trackingCode });
  for (const secret of SECRETS) expect(tracked.body).not.toContain(secret);
});

test('opens the identity to an inspector outside the line of management only, auditing every read', async () => {
  const report = await routedReport();
  const identityOf = (client: typeof f.clients.leader) =>
    client.post(`/api/v1/feedback/reports/${report.id}/identity`, { purpose: 'Liên hệ xác minh thông tin' });
  const expected: Record<keyof typeof f.clients, number> = {
    inspector: 200,
    inspectionHead: 200,
    leader: 403, // heads the agency: in the line of management of everyone
    admin: 403,
    otherHead: 403, // handles the report, but identity is for inspectors
    departmentHead: 404,
    teamHead: 404,
    official: 404,
    otherStaff: 404,
    editor: 404,
  };
  for (const [role, status] of Object.entries(expected)) {
    const response = await identityOf(f.clients[role as keyof typeof f.clients]);
    expect(response.statusCode, role).toBe(status);
    if (status !== 200) for (const secret of SECRETS) expect(response.body).not.toContain(secret);
  }
  const opened = await identityOf(f.clients.inspector);
  expect(opened.json()).toEqual({ isAnonymous: false, name: 'Trần Thị Người Dân', phone: '0912 345 678', email: 'nguoidan@example.vn' });
  const audit = rowsOf<{ actor_name: string; change: { purpose: string } }>(
    await t.database.db.execute(
      sql`select actor_name, change from audit_events where subject_id = ${report.id} and action = 'public_report.identity_read' order by occurred_at, sequence`,
    ),
  );
  expect(audit.map((row) => row.actor_name)).toEqual(['Vũ Thanh Tra', 'Trần Kiểm Tra', 'Vũ Thanh Tra']);
  expect(audit[0].change.purpose).toBe('Liên hệ xác minh thông tin');
  const abilities = (await f.clients.leader.get(`/api/v1/feedback/reports/${report.id}`)).json().abilities;
  expect(abilities).not.toContain('readIdentity');
});

test('has nothing to open on an anonymous report, and refuses an inspector who manages the official', async () => {
  const anonymous = await f.submit({ isAnonymous: true, reporter: undefined });
  const response = await f.clients.inspector.post(`/api/v1/feedback/reports/${anonymous.id}/identity`, { purpose: 'Xác minh' });
  expect(response.statusCode).toBe(409);
  expect(response.json().code).toBe('anonymous');

  const report = await f.submit();
  // The inspection head named as the official: their own inspector colleague may read, they may not see the report at all.
  await f.clients.inspector.post(`/api/v1/feedback/reports/${report.id}/classify`, {
    category: 'harassment',
    level: 'normal',
    subjectPersonId: f.people.inspector.id,
  });
  expect((await f.clients.inspectionHead.post(`/api/v1/feedback/reports/${report.id}/identity`, { purpose: 'Xác minh' })).statusCode).toBe(403);
  expect((await f.clients.inspector.get(`/api/v1/feedback/reports/${report.id}`)).statusCode).toBe(404);
});
