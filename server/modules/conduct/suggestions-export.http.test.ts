import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { tasks } from '../../db/schema/index.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

/** A task long past its due date, as the work module would have left it, so the computation suggests a case. */
async function insertOverdueTask() {
  await t.database.db.insert(tasks).values({
    id: crypto.randomUUID(),
    agencyId: f.agencyId,
    unitId: f.department.id,
    unitPath: f.department.path,
    title: 'Báo cáo sơ kết 6 tháng',
    searchText: 'bao cao so ket 6 thang',
    expectedOutput: 'Báo cáo',
    ownerId: f.people.colleague.id,
    assignerId: f.people.head.id,
    status: 'in_progress',
    startDate: '2026-01-05',
    dueDate: '2026-01-30',
    assignedAt: new Date('2026-01-05T02:00:00Z'),
  });
}

describe('suggestion export', () => {
  test('holds the suggestions the list shows, with the status filter, and is audited; others are refused', async () => {
    await insertOverdueTask();
    expect((await f.clients.inspector.post('/api/v1/conduct/suggestions/compute')).json().created).toBeGreaterThan(0);
    for (const status of ['open', 'dismissed']) {
      const listed = (await f.clients.inspector.get(`/api/v1/conduct/suggestions?status=${status}&limit=100`)).json().items;
      const { headers, rows } = await readExport(await f.clients.inspector.get(`/api/v1/conduct/suggestions/export.xlsx?status=${status}&lang=en`));
      expect(headers.slice(0, 3)).toEqual(['Signal', 'Summary', 'Subject']);
      expect(rows.map((row) => row[1])).toEqual(listed.map((s: { summary: string }) => s.summary));
      expect(rows.map((row) => row[2])).toEqual(listed.map((s: { subject: { fullName: string } }) => s.subject.fullName));
    }
    const { headers, rows } = await readExport(await f.clients.inspector.get('/api/v1/conduct/suggestions/export.xlsx'));
    expect(headers[0]).toBe('Tín hiệu');
    expect(rows[0]![headers.indexOf('Ngày sớm nhất')]).toBeInstanceOf(Date);
    expect((await f.clients.colleague.get('/api/v1/conduct/suggestions/export.xlsx')).statusCode).toBe(403);
    const audits = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'suggestions.exported'`);
    expect(audits[0]!.n).toBe(3);
  });
});
