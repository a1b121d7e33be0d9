import { and, eq, sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { auditEvents, conductCases } from '../../db/schema/index.js';
import { readDocx, waitForRun } from '../../test/fixtures/reports.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

const march = { kind: 'month', year: 2026, number: 3 } as const;
const SUBJECTS = ['Nguyễn Văn Bình', 'Trần Thị Hoa'];

async function openTwoCases() {
  await f.openCase();
  await f.openCase({ subject: { kind: 'person', personId: f.people.colleague.id }, title: 'Nhũng nhiễu khi tiếp công dân' });
}

async function generate(client: ConductFixture['clients']['leader'], body: Record<string, unknown>) {
  const queued = await client.post('/api/v1/reports/runs', body);
  expect(queued.statusCode).toBe(200);
  const run = await waitForRun(client, queued.json().id);
  expect(run.status).toBe('done');
  return run as { id: string; isConfidential: boolean };
}

async function casesOpenedInMarchPeriod() {
  const rows = await t.database.db
    .select({ subjectName: conductCases.subjectName })
    .from(conductCases)
    .where(
      and(
        eq(conductCases.agencyId, f.agencyId),
        sql`${conductCases.createdAt} >= '2026-02-14T17:00:00Z' and ${conductCases.createdAt} < '2026-03-14T17:00:00Z'`,
      ),
    );
  return rows.map((row) => row.subjectName);
}

describe('conduct cases in the periodic report', () => {
  test('names nobody in a report not marked confidential, while counting every case', async () => {
    await openTwoCases();
    const run = await generate(f.clients.leader, { unitId: f.root.id, period: march });
    expect(run.isConfidential).toBe(false);
    const doc = await readDocx((await f.clients.leader.get(`/api/v1/reports/runs/${run.id}/file`)).rawPayload);
    expect(doc.rows.find((row) => row[0] === 'Vụ việc mở trong kỳ')![1]).toBe(String((await casesOpenedInMarchPeriod()).length));
    for (const name of SUBJECTS) expect(doc.text).not.toContain(name);
    expect(doc.text).not.toContain('MẬT');
    expect(doc.text).not.toContain('Bảng 5a');
  });

  test('lists the cases with their subjects under the MẬT mark, for leaders only, and records each read', async () => {
    await openTwoCases();
    for (const client of [f.clients.inspector, f.clients.head, f.clients.admin]) {
      const refused = await client.post('/api/v1/reports/runs', { unitId: f.department.id, period: march, isConfidential: true });
      expect(refused.statusCode).toBe(403);
    }
    expect((await f.clients.leader.get('/api/v1/reports/runs')).json().canGenerateConfidential).toBe(true);
    expect((await f.clients.head.get('/api/v1/reports/runs')).json().canGenerateConfidential).toBe(false);

    const run = await generate(f.clients.leader, { unitId: f.department.id, period: march, isConfidential: true });
    expect(run.isConfidential).toBe(true);
    const doc = await readDocx((await f.clients.leader.get(`/api/v1/reports/runs/${run.id}/file`)).rawPayload);
    // The mark: "MẬT" in bold in a framed paragraph, under the number and symbol.
    const mark = doc.xml.split('</w:p>').find((paragraph) => /<w:t[^>]*>MẬT<\/w:t>/.test(paragraph))!;
    expect(mark).toContain('<w:pBdr>');
    expect(mark).toContain('<w:b/>');
    expect(doc.text.indexOf('Số:       /BC-......')).toBeLessThan(doc.text.indexOf('MẬT'));
    const listed = doc.rows.filter((row) => SUBJECTS.includes(row[0])).map((row) => row[0]);
    expect(listed.sort()).toEqual((await casesOpenedInMarchPeriod()).sort());
    expect(doc.text.match(/\(đếm |\(liệt kê /g)?.length).toBe(10);

    // A unit head may report on the department, but not read what names the people under review.
    const headRuns = (await f.clients.head.get('/api/v1/reports/runs')).json();
    expect(headRuns.items.map((item: { id: string }) => item.id)).not.toContain(run.id);
    expect((await f.clients.head.get(`/api/v1/reports/runs/${run.id}`)).statusCode).toBe(404);
    expect((await f.clients.head.get(`/api/v1/reports/runs/${run.id}/file`)).statusCode).toBe(404);
    const plain = await generate(f.clients.head, { unitId: f.department.id, period: march });
    expect((await f.clients.head.get(`/api/v1/reports/runs/${plain.id}/file`)).statusCode).toBe(200);

    const reads = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, f.agencyId), eq(auditEvents.action, 'report.confidential_read')));
    expect(reads).toHaveLength(1);
  });
});
