import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { createAgency, createPerson, createUser, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

const anonymous = () => api(t.app, null);
const tokenOf = (path: string) => new URL(path, 'http://x').searchParams.get('token')!;

test('gives a login by invitation link: no password works until the person sets one; the link then dies', async () => {
  const { root } = await createAgency(t.database.db);
  const admin = api(t.app, await login(t.app, (await createUser(t.database.db, root, ['agency_admin'])).username));
  const person = await createPerson(t.database.db, root, { fullName: 'Đỗ Thị Thu' });
  const username = `thu-${uniqueSuffix()}`;
  const created = (await admin.post('/api/v1/accounts', { personId: person.id, username, roles: [{ role: 'staff' }] })).json();
  const issued = await admin.post(`/api/v1/accounts/${created.id}/invitation`);
  expect(issued.statusCode).toBe(200);
  expect(issued.json().path).toMatch(/^\/loi-moi\?token=/);
  expect(new Date(issued.json().expiresAt).getTime() - t.clock.now().getTime()).toBe(7 * 86_400_000);
  const token = tokenOf(issued.json().path);
  const [stored] = await queryRows<{ token_hash: string }>(t.database.db, sql`select token_hash from account_invitations where user_id = ${created.id}`);
  expect(stored!.token_hash).not.toContain(token);

  expect((await anonymous().get(`/api/v1/invitations/status?token=${token}`)).json()).toMatchObject({ username, displayName: 'Đỗ Thị Thu' });
  const weak = await anonymous().post('/api/v1/invitations/accept', { token, password: 'matkhau123456' });
  expect(weak.statusCode).toBe(400);
  expect(weak.json().errors[0].field).toBe('body.password');
  const accepted = await anonymous().post('/api/v1/invitations/accept', { token, password: 'nắng vàng trên phố cổ' });
  expect(accepted.json()).toEqual({ username });
  const session = (await api(t.app, await login(t.app, username, 'nắng vàng trên phố cổ')).get('/api/v1/auth/session')).json();
  expect(session.user.mustChangePassword).toBe(false);

  expect((await anonymous().get(`/api/v1/invitations/status?token=${token}`)).statusCode).toBe(404);
  expect((await anonymous().post('/api/v1/invitations/accept', { token, password: 'một mật khẩu khác hẳn' })).statusCode).toBe(404);
  const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_events where subject_id = ${created.id} order by sequence`);
  expect(audit.map((row) => row.action)).toEqual(['account.created', 'account.invitation_issued', 'account.invitation_accepted', 'user.logged_in']);
});

test('expires a link after 7 days, kills the earlier link when a new one is issued, and refuses bad input and strangers', async () => {
  const { root } = await createAgency(t.database.db);
  const admin = api(t.app, await login(t.app, (await createUser(t.database.db, root, ['agency_admin'])).username));
  const staff = await createUser(t.database.db, root, ['staff']);
  const first = tokenOf((await admin.post(`/api/v1/accounts/${staff.userId}/invitation`)).json().path);
  const second = tokenOf((await admin.post(`/api/v1/accounts/${staff.userId}/invitation`)).json().path);
  expect((await anonymous().get(`/api/v1/invitations/status?token=${first}`)).statusCode).toBe(404);
  expect((await anonymous().get(`/api/v1/invitations/status?token=${second}`)).statusCode).toBe(200);
  const stranger = await createUser(t.database.db, (await createAgency(t.database.db)).root, ['staff']);
  expect((await admin.post(`/api/v1/accounts/${stranger.userId}/invitation`)).statusCode).toBe(404);
  expect((await api(t.app, await login(t.app, staff.username)).post(`/api/v1/accounts/${staff.userId}/invitation`)).statusCode).toBe(403);
  t.clock.advanceMs(7 * 86_400_000 + 1);
  expect((await anonymous().post('/api/v1/invitations/accept', { token: second, password: 'mưa rơi trên mái ngói' })).statusCode).toBe(404);

  const bad = await anonymous().post('/api/v1/invitations/accept', { token: 'ngan', password: '' });
  expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.token', 'body.password']));
});
