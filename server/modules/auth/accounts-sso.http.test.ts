import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

test('links, shows and unlinks a single sign-on subject, audited; refuses a taken subject, bad input and other agencies', async () => {
  const { root } = await createAgency(t.database.db);
  const admin = api(t.app, await login(t.app, (await createUser(t.database.db, root, ['agency_admin'])).username));
  const [mai, lan] = [await createUser(t.database.db, root, ['staff']), await createUser(t.database.db, root, ['staff'])];
  const stranger = await createUser(t.database.db, (await createAgency(t.database.db)).root, ['staff']);
  const subject = `sso-${crypto.randomUUID()}`;

  const bad = await admin.put(`/api/v1/accounts/${mai.userId}/sso-subject`, { subject: '' });
  expect(bad.statusCode).toBe(400);
  expect(bad.json().errors[0].field).toBe('body.subject');
  expect((await admin.put(`/api/v1/accounts/${stranger.userId}/sso-subject`, { subject })).statusCode).toBe(404);

  const linked = await admin.put(`/api/v1/accounts/${mai.userId}/sso-subject`, { subject });
  expect(linked.json()).toMatchObject({ id: mai.userId, oidcSubject: subject });
  const listed = (await admin.get(`/api/v1/accounts?q=${mai.username}`)).json().items;
  expect(listed[0].oidcSubject).toBe(subject);
  const taken = await admin.put(`/api/v1/accounts/${lan.userId}/sso-subject`, { subject });
  expect(taken.statusCode).toBe(409);
  expect(taken.json().errors[0].field).toBe('body.subject');

  expect((await admin.delete(`/api/v1/accounts/${stranger.userId}/sso-subject`)).statusCode).toBe(404);
  expect((await admin.delete(`/api/v1/accounts/${mai.userId}/sso-subject`)).json().oidcSubject).toBeNull();
  expect((await admin.delete(`/api/v1/accounts/${mai.userId}/sso-subject`)).statusCode).toBe(409);
  const audit = await queryRows<{ action: string; change: unknown }>(
    t.database.db,
    sql`select action, change from audit_events where subject_id = ${mai.userId} and action like 'account.sso%' order by sequence`,
  );
  expect(audit).toEqual([
    { action: 'account.sso_linked', change: { from: null, to: subject } },
    { action: 'account.sso_unlinked', change: { from: subject } },
  ]);
  const staff = api(t.app, await login(t.app, lan.username));
  expect((await staff.put(`/api/v1/accounts/${mai.userId}/sso-subject`, { subject })).statusCode).toBe(403);
});
