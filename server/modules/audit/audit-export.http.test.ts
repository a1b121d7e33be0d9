import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { api, login } from '../../test/http.js';
import { createOrgFixture, type OrgFixture } from '../../test/fixtures/org.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
test.beforeAll(async ({ app }) => {
  t = app;
  f = await createOrgFixture(t.database.db);
});

describe('audit log export', () => {
  test('gives an administrator the filtered log with times as dates, audited; refuses everybody else', async () => {
    const admin = api(t.app, await login(t.app, f.users.admin.username));
    await admin.post('/api/v1/units', { parentId: f.root.id, kind: 'department', code: 'A-EXP', name: 'Ban Xuất' });
    const listed = (await admin.get('/api/v1/audit?action=unit.&limit=100')).json().items.map((e: { id: number }) => e.id);
    const { headers, rows } = await readExport(await admin.get('/api/v1/audit/export.xlsx?action=unit.'));
    expect(headers.slice(0, 4)).toEqual(['Số thứ tự', 'Thời điểm', 'Người thực hiện', 'Thao tác']);
    expect(rows.map((row) => row[0])).toEqual(listed);
    expect(rows[0]![1]).toBeInstanceOf(Date);
    const [audit] = await queryRows<{ change: unknown }>(t.database.db, sql`select change from audit_events where action = 'audit_log.exported'`);
    expect(audit?.change).toEqual({ filters: { action: 'unit.' } });
    const leader = api(t.app, await login(t.app, f.users.leader.username));
    expect((await leader.get('/api/v1/audit/export.xlsx')).statusCode).toBe(403);
    const after = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'audit_log.exported'`);
    expect(after[0]!.n).toBe(1);
  });
});
