import { THROTTLE_RULES } from './auth.throttle.rules.js';
import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createAgency, createPerson, createUnit, createUser, TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

const INITIAL = 'mat-khau-ban-dau-2026';

async function agencyWithAdmin() {
  const { root } = await createAgency(t.database.db);
  const admin = await createUser(t.database.db, root, ['agency_admin'], { fullName: 'Quản Trị Viên' });
  return { root, admin, client: api(t.app, await login(t.app, admin.username)) };
}

async function auditActions(subjectId: string) {
  const rows = await queryRows<{ action: string; change: unknown }>(
    t.database.db,
    sql`select action, change from audit_events where subject_id = ${subjectId} order by sequence`,
  );
  return rows;
}

describe('giving a person a login', () => {
  test('suggests a username from the e-mail, creates the account, and makes her change the password first', async () => {
    const { root, client } = await agencyWithAdmin();
    const tag = uniqueSuffix().replace(/[^a-z0-9]/g, '');
    const person = await createPerson(t.database.db, root, { fullName: 'Lê Thị Mai', email: `mai.le${tag}@example.vn` });
    const suggestion = await client.get(`/api/v1/accounts/username-suggestion?personId=${person.id}`);
    expect(suggestion.json()).toEqual({ username: `mai.le${tag}` });
    const created = await client.post('/api/v1/accounts', {
      personId: person.id,
      username: suggestion.json().username,
      password: INITIAL,
      roles: [{ role: 'staff' }],
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ displayName: 'Lê Thị Mai', roles: ['staff'], mustChangePassword: true, lastLoginAt: null, isActive: true });
    expect(JSON.stringify(await auditActions(created.json().id))).not.toContain(INITIAL);

    const her = api(t.app, await login(t.app, `mai.le${tag}`, INITIAL));
    expect((await her.get('/api/v1/auth/session')).json().user.mustChangePassword).toBe(true);
    const blocked = await her.get('/api/v1/tasks/summary');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const changed = await her.post('/api/v1/auth/password', { currentPassword: INITIAL, newPassword: 'mat-khau-cua-mai-2026' });
    expect(changed.json().user.mustChangePassword).toBe(false);
    const session = { cookie: `congvu_session=${changed.cookies.find((c) => c.name === 'congvu_session')!.value}`, csrfToken: changed.json().csrfToken };
    expect((await api(t.app, session).get('/api/v1/tasks/summary')).statusCode).toBe(200);
    const listed = await client.get(`/api/v1/accounts?q=${encodeURIComponent('le thi mai')}`);
    expect(listed.json().items).toHaveLength(1);
    expect(listed.json().items[0].lastLoginAt).not.toBeNull();
  });

  test('suggests given name plus initials when there is no e-mail, numbered when taken', async () => {
    const { root, client } = await agencyWithAdmin();
    const person = await createPerson(t.database.db, root, { fullName: 'Trần Văn Đạt' });
    const first = (await client.get(`/api/v1/accounts/username-suggestion?personId=${person.id}`)).json().username;
    expect(first).toMatch(/^dattv\d*$/);
    await client.post('/api/v1/accounts', { personId: person.id, username: first, password: INITIAL, roles: [{ role: 'staff' }] });
    const namesake = await createPerson(t.database.db, root, { fullName: 'Trần Văn Đạt' });
    const second = (await client.get(`/api/v1/accounts/username-suggestion?personId=${namesake.id}`)).json().username;
    expect(second).not.toBe(first);
    expect(second).toMatch(/^dattv\d+$/);
  });

  test('refuses bad input, a taken username and a second account, naming the fields and changing nothing', async () => {
    const { root, admin, client } = await agencyWithAdmin();
    const person = await createPerson(t.database.db, root);
    const bad = await client.post('/api/v1/accounts', { personId: person.id, username: 'có dấu', password: 'ngan', roles: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.username', 'body.password', 'body.roles']));
    const taken = await client.post('/api/v1/accounts', {
      personId: person.id,
      username: admin.username.toUpperCase(),
      password: INITIAL,
      roles: [{ role: 'staff' }],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe('body.username');
    const misplaced = await client.post('/api/v1/accounts', {
      personId: person.id,
      username: `x-${uniqueSuffix()}`,
      password: INITIAL,
      roles: [{ role: 'leader', unitId: root.id }],
    });
    expect(misplaced.statusCode).toBe(400);
    expect(misplaced.json().errors[0].field).toBe('body.roles.0.unitId');
    expect((await client.get(`/api/v1/accounts?q=${person.id}`)).json().items).toHaveLength(0);
    const again = await client.post('/api/v1/accounts', { personId: admin.id, username: `y-${uniqueSuffix()}`, password: INITIAL, roles: [{ role: 'staff' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('person_has_account');
  });

  test('answers 404 for another agency’s person, account and unit', async () => {
    const { client } = await agencyWithAdmin();
    const elsewhere = await createAgency(t.database.db);
    const stranger = await createUser(t.database.db, elsewhere.root, ['staff']);
    const person = await createPerson(t.database.db, elsewhere.root);
    expect(
      (await client.post('/api/v1/accounts', { personId: person.id, username: `z-${uniqueSuffix()}`, password: INITIAL, roles: [{ role: 'staff' }] }))
        .statusCode,
    ).toBe(404);
    expect((await client.put(`/api/v1/accounts/${stranger.userId}/roles`, { roles: [{ role: 'agency_admin' }] })).statusCode).toBe(404);
    expect((await client.post(`/api/v1/accounts/${stranger.userId}/deactivate`)).statusCode).toBe(404);
    expect((await client.post(`/api/v1/accounts/${stranger.userId}/reset-password`, { password: INITIAL })).statusCode).toBe(404);
    expect((await client.get(`/api/v1/accounts/username-suggestion?personId=${person.id}`)).statusCode).toBe(404);
    const { root } = await agencyWithAdmin();
    const mine = await createUser(t.database.db, root, ['staff']);
    const minesAdmin = await createUser(t.database.db, root, ['agency_admin']);
    const mineClient = api(t.app, await login(t.app, minesAdmin.username));
    const foreignUnit = await mineClient.put(`/api/v1/accounts/${mine.userId}/roles`, { roles: [{ role: 'unit_head', unitId: elsewhere.root.id }] });
    expect(foreignUnit.statusCode).toBe(404);
    expect((await mineClient.get('/api/v1/accounts?role=unit_head')).json().items).toHaveLength(0);
  });

  test('lets only administrators manage accounts', async () => {
    const { root } = await agencyWithAdmin();
    const leader = await createUser(t.database.db, root, ['leader']);
    const client = api(t.app, await login(t.app, leader.username));
    expect((await client.get('/api/v1/accounts')).statusCode).toBe(403);
    expect((await client.put(`/api/v1/accounts/${leader.userId}/roles`, { roles: [{ role: 'agency_admin' }] })).statusCode).toBe(403);
  });
});

describe('roles', () => {
  test('grants several roles with a unit head scope, and the head sees that unit', async () => {
    const { root, client } = await agencyWithAdmin();
    const unit = await createUnit(t.database.db, root, { name: 'Ban Tuyên giáo' });
    const person = await createUser(t.database.db, root, ['staff']);
    const granted = await client.put(`/api/v1/accounts/${person.userId}/roles`, { roles: [{ role: 'unit_head', unitId: unit.id }, { role: 'editor' }] });
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({ roles: ['unit_head', 'editor'], headOfUnits: [{ id: unit.id, name: 'Ban Tuyên giáo' }] });
    const units = await api(t.app, await login(t.app, person.username)).get('/api/v1/units');
    expect(units.json().items.find((u: { id: string }) => u.id === unit.id).head).toMatchObject({ id: person.id });
    expect((await auditActions(person.userId)).map((row) => row.action)).toContain('account.roles_changed');
  });

  test('never removes the last active administrator', async () => {
    const { admin, client, root } = await agencyWithAdmin();
    const revoked = await client.put(`/api/v1/accounts/${admin.userId}/roles`, { roles: [{ role: 'staff' }] });
    expect(revoked.statusCode).toBe(409);
    expect(revoked.json().code).toBe('last_administrator');
    const second = await createUser(t.database.db, root, ['agency_admin']);
    expect((await client.post(`/api/v1/accounts/${second.userId}/deactivate`)).statusCode).toBe(200);
    expect((await client.put(`/api/v1/accounts/${admin.userId}/roles`, { roles: [{ role: 'staff' }] })).statusCode).toBe(409);
    expect((await client.post(`/api/v1/accounts/${admin.userId}/deactivate`)).json().code).toBe('own_account');
  });
});

describe('password, lock and deactivation', () => {
  test('resets a password: sessions end and the new one must be changed', async () => {
    const { root, client } = await agencyWithAdmin();
    const staff = await createUser(t.database.db, root, ['staff']);
    const before = api(t.app, await login(t.app, staff.username));
    expect((await client.post(`/api/v1/accounts/${staff.userId}/reset-password`, { password: INITIAL })).json().mustChangePassword).toBe(true);
    expect((await before.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await api(t.app, null).post('/api/v1/auth/login', { username: staff.username, password: TEST_PASSWORD })).statusCode).toBe(401);
    await login(t.app, staff.username, INITIAL);
  });

  test('unlocks an account whose name login throttling holds, and lists locked ones', async () => {
    const { root, client } = await agencyWithAdmin();
    const staff = await createUser(t.database.db, root, ['staff']);
    const nameRule = THROTTLE_RULES.find((rule) => rule.kind === 'name')!;
    for (let i = 0; i <= nameRule.freeFailures; i++) await api(t.app, null).post('/api/v1/auth/login', { username: staff.username, password: 'sai' });
    const locked = (await client.get('/api/v1/accounts?state=locked')).json().items;
    expect(locked.map((a: { id: string }) => a.id)).toEqual([staff.userId]);
    expect(locked[0].abilities.canUnlock).toBe(true);
    expect((await client.post(`/api/v1/accounts/${staff.userId}/unlock`)).json().isLocked).toBe(false);
    await login(t.app, staff.username);
  });

  test('deactivates at once, keeps the person, and can reactivate', async () => {
    const { root, client } = await agencyWithAdmin();
    const staff = await createUser(t.database.db, root, ['staff']);
    const session = api(t.app, await login(t.app, staff.username));
    const deactivated = await client.post(`/api/v1/accounts/${staff.userId}/deactivate`);
    expect(deactivated.json()).toMatchObject({ isActive: false, abilities: { canReactivate: true, canDeactivate: false } });
    expect((await session.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await client.get(`/api/v1/people/${staff.id}`)).statusCode).toBe(200);
    expect((await client.get('/api/v1/accounts?state=deactivated')).json().items.map((a: { id: string }) => a.id)).toEqual([staff.userId]);
    expect((await client.post(`/api/v1/accounts/${staff.userId}/reactivate`)).json().isActive).toBe(true);
    await login(t.app, staff.username);
    expect((await auditActions(staff.userId)).map((row) => row.action)).toEqual(expect.arrayContaining(['account.deactivated', 'account.reactivated']));
  });
});

describe('the accounts list', () => {
  test('filters by role, unit and never-logged-in, and pages by username', async () => {
    const { root, client } = await agencyWithAdmin();
    const unit = await createUnit(t.database.db, root, { name: 'Văn phòng' });
    const inUnit = await createUser(t.database.db, unit, ['inspector']);
    await createUser(t.database.db, root, ['staff']);
    expect((await client.get('/api/v1/accounts?role=inspector')).json().items.map((a: { id: string }) => a.id)).toEqual([inUnit.userId]);
    expect((await client.get(`/api/v1/accounts?unitId=${unit.id}`)).json().items.map((a: { id: string }) => a.id)).toEqual([inUnit.userId]);
    expect((await client.get('/api/v1/accounts?state=never_logged_in')).json().items).toHaveLength(2);
    const first = (await client.get('/api/v1/accounts?limit=2')).json();
    const rest = (await client.get(`/api/v1/accounts?limit=2&cursor=${first.nextCursor}`)).json();
    const usernames = [...first.items, ...rest.items].map((a: { username: string }) => a.username);
    expect(usernames).toHaveLength(3);
    expect(usernames).toEqual([...usernames].sort());
    expect((await client.get('/api/v1/accounts?state=sai')).statusCode).toBe(400);
  });
});
