import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { api, login } from '../../test/http.js';
import { issueSetupTokenIfEmpty } from './index.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { emptyDatabase: true });
test.beforeAll(({ app }) => {
  t = app;
});

const agency = {
  agencyName: 'Cơ quan Ủy ban MTTQ Việt Nam Thành phố',
  adminUsername: 'admin',
  adminDisplayName: 'Quản trị hệ thống',
  adminPassword: 'Song-Hong-mua-thu-2026',
};
const issue = () => issueSetupTokenIfEmpty({ db: t.database.db, clock: t.clock });

describe('the one-time setup page', () => {
  test('answers 404 without a valid token, for bad input names the fields, and changes nothing', async () => {
    const token = (await issue())!;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/setup/status?token=${'x'.repeat(43)}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { ...agency, token: 'y'.repeat(43) } })).statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { token, agencyName: '', adminUsername: 'có dấu', adminDisplayName: 'A', adminPassword: 'ngan' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.agencyName', 'body.adminUsername', 'body.adminPassword']),
    );
    // Long enough but built on the administrator's own name: the password policy refuses it here too.
    const named = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...agency, token, adminPassword: `${agency.adminUsername}-2026-abcdef` },
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.adminPassword']);
    expect(await queryRows(t.database.db, sql`select id from agencies`)).toHaveLength(0);
    const [stored] = await queryRows<{ token_hash: string }>(t.database.db, sql`select token_hash from setup_tokens`);
    expect(stored.token_hash).not.toContain(token);
  });

  test('expires its token', async () => {
    const token = (await issue())!;
    t.clock.advanceMs(24 * 3_600_000 + 1);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/setup/status?token=${token}` })).statusCode).toBe(404);
  });

  test('creates the agency, root unit, calendar and administrator once; the token then dies', async () => {
    const token = (await issue())!;
    const other = (await issue())!;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/setup/status?token=${token}` })).json()).toEqual({ isOpen: true });
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { ...agency, token } });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ agencyName: agency.agencyName, adminUsername: 'admin' });
    const admin = api(t.app, await login(t.app, 'admin', agency.adminPassword));
    const units = (await admin.get('/api/v1/units')).json().items;
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ name: agency.agencyName, kind: 'agency' });
    expect((await admin.get('/api/v1/accounts')).json().items.map((a: { username: string }) => a.username)).toEqual(['admin']);
    const [{ days }] = await queryRows<{ days: number }>(
      t.database.db,
      sql`select count(*)::int as days from calendar_days where agency_id = ${created.json().agencyId}`,
    );
    expect(days).toBeGreaterThan(0);
    const [audit] = await queryRows<{ change: unknown }>(t.database.db, sql`select change from audit_events where action = 'agency.created'`);
    expect(JSON.stringify(audit.change)).not.toContain(agency.adminPassword);

    for (const used of [token, other]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/setup/status?token=${used}` })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { ...agency, adminUsername: 'admin2', token: used } })).statusCode).toBe(404);
    }
    expect(await issue()).toBeNull();
    expect(await queryRows(t.database.db, sql`select id from agencies`)).toHaveLength(1);
  });
});
