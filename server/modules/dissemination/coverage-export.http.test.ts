import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { readExport } from '../../test/xlsx.js';
import { expect, test, type TestApp, type DisseminationFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DisseminationFixture;
test.beforeEach(({ app, dissemination }) => {
  t = app;
  f = dissemination;
});

type Client = DisseminationFixture['clients']['head'];
async function listedAndExported(client: Client, path: string, key: (item: never) => string, query = '') {
  const listed = (await client.get(`/api/v1${path}?limit=100${query}`)).json().items.map(key);
  const exported = (await readExport(await client.get(`/api/v1${path}/export.xlsx?${query}`))).rows.map((row) => row[0]);
  return { listed, exported };
}
const unitName = ((row: { unit: { name: string } }) => row.unit.name) as never;
const personName = ((row: { person: { fullName: string } }) => row.person.fullName) as never;

describe('campaign coverage export', () => {
  test('holds each unit’s counts and the laggards each viewer sees, the laggards audited; others are refused', async () => {
    const campaign = await f.launch({ unitId: f.root.id, audience: { wholeAgency: true } }, 'leader');
    for (const client of [f.clients.leader, f.clients.lawHead]) {
      const units = await listedAndExported(client, `/campaigns/${campaign.id}/coverage/units`, unitName);
      expect(units.exported).toEqual(units.listed);
      const laggards = await listedAndExported(client, `/campaigns/${campaign.id}/laggards`, personName);
      expect(laggards.exported).toEqual(laggards.listed);
    }
    const law = await listedAndExported(f.clients.leader, `/campaigns/${campaign.id}/laggards`, personName, `&unitId=${f.units.law.id}`);
    expect(law.exported).toEqual(law.listed);
    expect(law.exported).toHaveLength(2);
    const { headers, rows } = await readExport(await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage/units/export.xlsx?lang=en`));
    expect(headers.slice(0, 2)).toEqual(['Unit', 'Assigned']);
    expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(8);

    for (const path of ['coverage/units', 'laggards']) {
      expect((await f.clients.outsider.get(`/api/v1/campaigns/${campaign.id}/${path}/export.xlsx`)).statusCode).toBe(404);
    }
    const [audit] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'campaign_laggards.exported'`);
    expect(audit!.n).toBe(3);
  });
});
