import { createAgency, createPerson, createUser, TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { passwordProblems } from './auth.password-policy.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

test('refuses weak new passwords with the reason named, in Vietnamese and English', async () => {
  const { root } = await createAgency(t.database.db);
  const user = await createUser(t.database.db, root, ['staff'], { fullName: 'Phạm Quang Trường' });
  const client = api(t.app, await login(t.app, user.username));
  const weak = ['aaaaaaaaaaaa', 'aaaaaaaaaa', 'Password1234', 'matkhau123456', `${user.username}-2026!`, 'Truong-Pham-1990', 'qwertyuiop123'];
  for (const newPassword of weak) {
    const response = await client.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
    expect(response.statusCode, newPassword).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'body.newPassword', message: { vi: expect.any(String), en: expect.any(String) } });
  }
  expect((await client.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'mây trắng bay qua đèo Hải Vân' })).statusCode).toBe(200);
});

test('names each rule a password breaks', () => {
  const person = { username: 'truongpq', displayName: 'Phạm Quang Trường' };
  expect(passwordProblems('aaaaaaaaaaaa', person).map((p) => p.en)).toEqual(['The password repeats too few different characters']);
  expect(passwordProblems('short', person)[0].en).toContain('12 characters');
  expect(passwordProblems('iloveyou123', person).map((p) => p.en)).toContain('The password is too common and easy to guess');
  expect(passwordProblems('TRUONGPQ-khong-doan-duoc', person).map((p) => p.en)).toEqual(['The password must not contain your username or your name']);
  expect(passwordProblems('một câu thật dài dễ nhớ', person)).toEqual([]);
});

test('holds for the initial password an administrator gives and for a reset, changing nothing', async () => {
  const { root } = await createAgency(t.database.db);
  const admin = await createUser(t.database.db, root, ['agency_admin']);
  const client = api(t.app, await login(t.app, admin.username));
  const person = await createPerson(t.database.db, root, { fullName: 'Lê Thị Hoa' });
  const username = `hoa-${uniqueSuffix()}`;
  const body = { personId: person.id, username, roles: [{ role: 'staff' }] };
  for (const password of ['matkhau123456', 'Le-Thi-Hoa-2026-x', 'aaaaaaaaaaaaaa']) {
    const refused = await client.post('/api/v1/accounts', { ...body, password });
    expect(refused.statusCode, password).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'body.password', message: { vi: expect.any(String), en: expect.any(String) } });
  }
  expect((await client.get(`/api/v1/accounts?q=${username}`)).json().items).toEqual([]);
  const created = await client.post('/api/v1/accounts', { ...body, password: 'gió mùa thu năm ấy' });
  expect(created.statusCode).toBe(200);
  const reset = await client.post(`/api/v1/accounts/${created.json().id}/reset-password`, { password: `${username}-moi` });
  expect(reset.statusCode).toBe(400);
  expect(reset.json().errors[0].field).toBe('body.password');
  await login(t.app, username, 'gió mùa thu năm ấy');
  expect((await client.post(`/api/v1/accounts/${created.json().id}/reset-password`, { password: 'sông Hương chiều tím' })).statusCode).toBe(200);
});
