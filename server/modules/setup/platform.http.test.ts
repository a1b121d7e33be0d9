import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { runSetupCommand } from '../../setup-command.js';
import { createPerson, createUnit, type UnitRef } from '../../test/factories.js';
import { api, login, type Session } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let platform: Session;
const PASSWORD = 'trời cao biển rộng 2026';

function command(argv: string[], password: string | undefined = PASSWORD) {
  const printed: string[] = [];
  const io = { database: t.database, clock: t.clock, readPassword: async () => password, print: (line: string) => printed.push(line) };
  return runSetupCommand(argv, io).then((code) => ({ code, printed: printed.join('\n') }));
}
const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(t.database.db, query))[0]!.n;

test.override('appOptions', { emptyDatabase: true });
test.beforeAll(async ({ app }) => {
  t = app;
  expect((await command(['--agency', 'Cơ quan Một', '--admin', 'admin1'])).code).toBe(0);
});

describe('npm run setup -- --platform-admin', () => {
  test('refuses a bad name, a weak password or a taken name, never printing the password, changing nothing', async () => {
    expect((await command(['--platform-admin', 'có dấu'])).code).toBe(2);
    const weak = await command(['--platform-admin', 'nentang'], 'matkhau123456');
    expect(weak.code).toBe(2);
    expect(weak.printed).not.toContain('matkhau123456');
    expect((await command(['--platform-admin', 'admin1'])).code).toBe(1);
    expect(await count(sql`select count(*)::int as n from users where 'platform_admin' = any(roles)`)).toBe(0);
  });
  test('without a platform administrator, --agency again still refuses and says how to add agencies', async () => {
    const again = await command(['--agency', 'Cơ quan Hai', '--admin', 'admin2']);
    expect(again.code).toBe(1);
    expect(again.printed).toContain('--platform-admin');
  });
  test('creates the platform administrator, in no agency, audited in the platform log', async () => {
    const created = await command(['--platform-admin', 'nentang']);
    expect(created).toMatchObject({ code: 0 });
    expect(created.printed).not.toContain(PASSWORD);
    platform = await login(t.app, 'nentang', PASSWORD);
    const session = (await api(t.app, platform).get('/api/v1/auth/session')).json();
    expect(session.user).toMatchObject({ roles: ['platform_admin'], agencyName: '', personId: null });
    expect(await count(sql`select count(*)::int as n from platform_audit_events where action in ('platform_admin.created', 'user.logged_in')`)).toBe(2);
  });
  test('then --agency adds another agency, whose administrator must change the password', async () => {
    expect((await command(['--agency', 'Cơ quan Hai', '--admin', 'admin2', '--code', 'CQ2'])).code).toBe(0);
    const session = (await api(t.app, await login(t.app, 'admin2', PASSWORD)).get('/api/v1/auth/session')).json();
    expect(session.user).toMatchObject({ agencyName: 'Cơ quan Hai', mustChangePassword: true });
  });
});

describe('the platform routes', () => {
  const agency = { agencyName: 'Cơ quan Ba', agencyCode: 'CQ3', adminUsername: 'admin3', adminDisplayName: 'Trần Văn Ba', adminPassword: PASSWORD };

  test('lists agencies with their size, counts only', async () => {
    const [root] = await queryRows<UnitRef>(
      t.database.db,
      sql`select u.id, u.agency_id as "agencyId", u.path, u.depth from units u join agencies a on a.id = u.agency_id where a.name = 'Cơ quan Một'`,
    );
    await createPerson(t.database.db, await createUnit(t.database.db, root!, { name: 'Phòng Một' }));
    const list = (await api(t.app, platform).get('/api/v1/platform/agencies')).json().items;
    expect(list.map((a: { name: string }) => a.name)).toEqual(['Cơ quan Hai', 'Cơ quan Một']);
    expect(list[1]).toMatchObject({ people: 1, units: 2, openTasks: 0, accounts: 1 });
    expect(Object.keys(list[1]).sort()).toEqual(['accounts', 'code', 'createdAt', 'id', 'name', 'openTasks', 'people', 'units']);
  });

  test('refuses bad input, a weak password, a taken code or username, changing nothing', async () => {
    const client = api(t.app, platform);
    const bad = await client.post('/api/v1/platform/agencies', { agencyName: '', adminUsername: 'có dấu', adminDisplayName: 'A', adminPassword: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.agencyName', 'body.adminUsername']));
    const weak = await client.post('/api/v1/platform/agencies', { ...agency, adminPassword: 'tranvanba-2026' });
    expect(weak.json().errors[0].field).toBe('body.adminPassword');
    expect((await client.post('/api/v1/platform/agencies', { ...agency, agencyCode: 'cq2' })).json().errors[0].field).toBe('body.agencyCode');
    expect((await client.post('/api/v1/platform/agencies', { ...agency, adminUsername: 'ADMIN1' })).statusCode).toBe(409);
    expect(await count(sql`select count(*)::int as n from agencies`)).toBe(2);
  });

  test('creates an agency with its first administrator, audited in the agency and the platform', async () => {
    const created = await api(t.app, platform).post('/api/v1/platform/agencies', agency);
    expect(created.statusCode).toBe(200);
    const agencyId = created.json().agencyId;
    expect(
      await count(
        sql`select count(*)::int as n from audit_events where agency_id = ${agencyId} and action = 'agency.created' and actor_name = 'Quản trị nền tảng'`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from platform_audit_events where action = 'agency.created' and subject_id = ${agencyId}`)).toBe(1);
    await login(t.app, 'admin3', PASSWORD);
  });

  test('is refused to anyone but a platform administrator', async () => {
    const admin1 = api(t.app, await login(t.app, 'admin1', PASSWORD));
    expect((await admin1.get('/api/v1/platform/agencies')).statusCode).toBe(403);
    expect((await admin1.post('/api/v1/platform/agencies', { ...agency, agencyCode: 'CQ4', adminUsername: 'admin4' })).statusCode).toBe(403);
    expect((await api(t.app, null).get('/api/v1/platform/agencies')).statusCode).toBe(401);
  });
});

test('answers 403 to a platform administrator on every agency route, whatever it is sent', async () => {
  const document = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  const client = api(t.app, platform);
  const failures: string[] = [];
  let checked = 0;
  for (const [path, methods] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/v1/') || path.startsWith('/api/v1/auth/') || path.startsWith('/api/v1/platform/')) continue;
    for (const method of Object.keys(methods)) {
      const url = path.replace(/\{[^}]+\}/g, crypto.randomUUID());
      const response = await client.send(method.toUpperCase() as 'GET', url, method === 'get' || method === 'delete' ? undefined : {});
      checked += 1;
      if (response.statusCode !== 403) failures.push(`${method.toUpperCase()} ${path} → ${response.statusCode}`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(failures).toEqual([]);
}, 120_000);
