import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { readExport } from '../../test/xlsx.js';
import { createAccounts } from '../auth/index.js';
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

    expect((await f.publicClient.get('/api/v1/feedback/reports/export.xlsx')).statusCode).toBe(401);
    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_events where action = 'public_reports.exported' and agency_id = ${f.agencyId}`,
    );
    expect(audit!.n).toBe(5);
  });

  test('lets a staff member take away the reports routed to them by name, as their queue lists them', async () => {
    const before = await listedAndExported(f.clients.otherStaff);
    expect(before).toEqual({ listed: [], exported: [] });
    const routed = await f.submit({ category: 'delay' });
    await f.submit({ category: 'attitude' });
    await f.clients.inspector.post(`/api/v1/feedback/reports/${routed.id}/accept`);
    const sent = await f.clients.inspector.post(`/api/v1/feedback/reports/${routed.id}/route`, {
      unitId: f.units.other.id,
      handlerPersonId: f.people.otherStaff.id,
    });
    expect(sent.statusCode).toBe(200);
    const handler = await listedAndExported(f.clients.otherStaff);
    expect(handler.exported).toEqual([routed.reference]);
    expect(handler.exported).toEqual(handler.listed);
    expect((await listedAndExported(f.clients.otherStaff, '&category=attitude')).exported).toEqual([]);
  });

  test('refuses an account that has no queue at all: no person, no triage role', async () => {
    const username = `khong-ho-so-${uniqueSuffix()}`;
    await t.database.db.transaction((tx) =>
      createAccounts(tx, [
        { agencyId: f.agencyId, personId: null, username, displayName: 'Tài khoản biên tập chung', password: TEST_PASSWORD, roles: ['editor'] },
      ]),
    );
    const client = api(t.app, await login(t.app, username));
    expect((await client.get('/api/v1/feedback/reports')).json().items).toEqual([]);
    const refused = await client.get('/api/v1/feedback/reports/export.xlsx');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('problem+json');
  });
});
