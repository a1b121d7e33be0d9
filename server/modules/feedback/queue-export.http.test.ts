import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { readExport } from '../../test/xlsx.js';
import { FEEDBACK_APP_OPTIONS, expect, test, type TestApp, type FeedbackFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: FeedbackFixture;
test.override('appOptions', FEEDBACK_APP_OPTIONS);
test.beforeEach(({ app, feedback }) => {
  t = app;
  f = feedback;
});

type Client = FeedbackFixture['clients']['inspector'];
async function listedAndExported(client: Client, query = '') {
  const listed = (await client.get(`/api/v1/feedback/reports?limit=100${query}`)).json().items.map((r: { reference: string }) => r.reference);
  const exported = (await readExport(await client.get(`/api/v1/feedback/reports/export.xlsx?${query}`))).rows.map((row) => row[0]);
  return { listed, exported };
}

describe('public-report queue export', () => {
  test('holds each viewer’s own queue with its filters, never the reporter, and is audited; others are refused', async () => {
    const delay = await f.submit({ category: 'delay' });
    const harassment = await f.submit();
    await f.clients.inspector.post(`/api/v1/feedback/reports/${harassment.id}/accept`);
    await f.clients.inspector.post(`/api/v1/feedback/reports/${harassment.id}/route`, { unitId: f.units.other.id, note: 'Ban Phong trào xác minh' });

    const all = await listedAndExported(f.clients.inspector);
    expect(all.exported).toEqual(all.listed);
    expect(all.exported).toEqual(expect.arrayContaining([delay.reference, harassment.reference]));
    const delays = await listedAndExported(f.clients.inspector, '&category=delay');
    expect(delays.exported).toEqual([delay.reference]);
    const routed = await listedAndExported(f.clients.otherHead);
    expect(routed.exported).toEqual([harassment.reference]);
    expect((await listedAndExported(f.clients.departmentHead)).exported).toEqual([]);

    const { headers, rows, sheet } = await readExport(await f.clients.inspector.get('/api/v1/feedback/reports/export.xlsx?lang=en&status=received'));
    expect(headers.slice(0, 4)).toEqual(['Reference', 'Kind of report', 'Level', 'Status']);
    expect(rows.map((row) => row[0])).toEqual([delay.reference]);
    expect(rows[0]![headers.indexOf('Received at')]).toBeInstanceOf(Date);
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).not.toContain('Trần Thị Người Dân');
    expect(text).not.toContain('0912 345 678');

    expect((await f.clients.otherStaff.get('/api/v1/feedback/reports/export.xlsx')).statusCode).toBe(403);
    expect((await f.publicClient.get('/api/v1/feedback/reports/export.xlsx')).statusCode).toBe(401);
    const [audit] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'public_reports.exported'`);
    expect(audit!.n).toBe(5);
  });
});
