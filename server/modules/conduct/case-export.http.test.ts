import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

type Client = ConductFixture['clients']['inspector'];
async function listedAndExported(client: Client) {
  const listed = (await client.get('/api/v1/conduct/cases?limit=100')).json().items.map((c: { title: string }) => c.title);
  const exported = (await readExport(await client.get('/api/v1/conduct/cases/export.xlsx'))).rows.map((row) => row[0]);
  return { listed, exported };
}

describe('conduct case export', () => {
  test('holds each viewer’s own list, with due dates as dates, and is audited', async () => {
    const opened = await f.openCase();
    for (const client of [f.clients.inspector, f.clients.leader, f.clients.otherHead, f.clients.colleague]) {
      const { listed, exported } = await listedAndExported(client);
      expect(exported).toEqual(listed);
    }
    expect((await listedAndExported(f.clients.inspector)).exported).toEqual([opened.title]);
    expect((await listedAndExported(f.clients.otherHead)).exported).toEqual([]);
    const { headers, rows } = await readExport(await f.clients.inspector.get('/api/v1/conduct/cases/export.xlsx?lang=en'));
    expect(headers[0]).toBe('Case');
    expect((rows[0]![headers.indexOf('Handling due')] as Date).toISOString()).toBe(`${opened.handlingDueOn}T00:00:00.000Z`);
    const audits = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'conduct_cases.exported'`);
    expect(audits[0]!.n).toBeGreaterThanOrEqual(5);
  });
});
