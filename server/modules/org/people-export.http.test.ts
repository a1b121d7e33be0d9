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

const as = async (role: keyof OrgFixture['users']) => api(t.app, await login(t.app, f.users[role].username));
const names = async (role: keyof OrgFixture['users'], query = '') => {
  const client = await as(role);
  const listed = (await client.get(`/api/v1/people?limit=100${query}`)).json().items.map((p: { fullName: string }) => p.fullName);
  const exported = (await readExport(await client.get(`/api/v1/people/export.xlsx?${query}`))).rows.map((row) => row[0]);
  return { listed, exported };
};

describe('people export', () => {
  test('holds exactly whom the list shows each viewer, and is audited without its rows', async () => {
    const leader = await names('leader');
    expect(leader.exported).toEqual(leader.listed);
    expect(leader.exported).toEqual(expect.arrayContaining(['Đặng Thị Thu Hường', 'Lương Văn Đạt']));
    const head = await names('head');
    expect(head.exported).toEqual(head.listed);
    expect(head.exported).not.toContain('Lương Văn Đạt');
    const [audit] = await queryRows<{ change: { filters: unknown } }>(
      t.database.db,
      sql`select change from audit_events where action = 'people.exported' order by id desc limit 1`,
    );
    expect(audit?.change.filters).toEqual({ status: 'active' });
  });

  test('titles its columns in Vietnamese and keeps the search filter', async () => {
    const client = await as('admin');
    const { headers, rows } = await readExport(await client.get(`/api/v1/people/export.xlsx?q=${encodeURIComponent('luong van')}`));
    expect(headers.slice(0, 3)).toEqual(['Họ và tên', 'Chức vụ', 'Đơn vị']);
    expect(rows.map((row) => row[0])).toEqual(['Lương Văn Đạt']);
  });
});
