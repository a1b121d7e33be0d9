import { describe } from 'vitest';
import { createAgency, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

async function newStaff() {
  const { root } = await createAgency(t.database.db);
  return createUser(t.database.db, root, ['staff'], { fullName: 'Phan Thị Hòa' });
}

describe('login', () => {
  test('opens a session with an HTTP-only, secure, same-site cookie and returns the user', async () => {
    const user = await newStaff();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'congvu_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(response.json().user).toMatchObject({ username: user.username, displayName: 'Phan Thị Hòa', roles: ['staff'] });
    const session = await api(t.app, { cookie: `congvu_session=${cookie.value}`, csrfToken: '' }).get('/api/v1/auth/session');
    expect(session.json().user.personId).toBe(user.id);
  });

  test('refuses a wrong password with a bilingual problem answer', async () => {
    const user = await newStaff();
    const response = await api(t.app, null).post('/api/v1/auth/login', { username: user.username, password: 'sai-mat-khau' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'invalid_credentials', message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng' } });
  });

  test('answers an unknown user exactly like a wrong password', async () => {
    const response = await api(t.app, null).post('/api/v1/auth/login', { username: 'khong-ton-tai', password: 'x' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_credentials');
  });

  test('names the missing fields of a malformed login', async () => {
    const response = await api(t.app, null).post('/api/v1/auth/login', { username: '' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.username', 'body.password']));
  });
});

describe('session', () => {
  test('denies every API route without a session', async () => {
    for (const url of ['/api/v1/people', '/api/v1/units', '/api/v1/audit', '/api/v1/auth/session']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
    }
  });

  test('refuses a write without the CSRF token and changes nothing', async () => {
    const user = await newStaff();
    const session = await login(t.app, user.username);
    const response = await api(t.app, { ...session, csrfToken: 'gia-mao' }).post('/api/v1/auth/logout');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_token_invalid');
    expect((await api(t.app, session).get('/api/v1/auth/session')).statusCode).toBe(200);
  });

  test('ends the session on logout', async () => {
    const user = await newStaff();
    const session = await login(t.app, user.username);
    expect((await api(t.app, session).post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await api(t.app, session).get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  test('answers who is signed in with 200, null for nobody, so the login page logs no error', async () => {
    const stranger = await t.app.inject({ method: 'GET', url: '/api/v1/auth/current-session' });
    expect(stranger.statusCode).toBe(200);
    expect(stranger.json()).toEqual({ session: null });
    const forged = await t.app.inject({ method: 'GET', url: '/api/v1/auth/current-session', headers: { cookie: 'congvu_session=gia-mao' } });
    expect(forged.json()).toEqual({ session: null });
    const user = await newStaff();
    const session = await login(t.app, user.username);
    const signedIn = await api(t.app, session).get('/api/v1/auth/current-session');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().session).toMatchObject({ user: { username: user.username }, csrfToken: session.csrfToken });
    await api(t.app, session).post('/api/v1/auth/logout');
    expect((await api(t.app, session).get('/api/v1/auth/current-session')).json()).toEqual({ session: null });
  });

  test('expires after 12 hours', async () => {
    const user = await newStaff();
    const session = await login(t.app, user.username);
    t.clock.advanceMs(12 * 3_600_000 + 1);
    expect((await api(t.app, session).get('/api/v1/auth/session')).statusCode).toBe(401);
  });
});

describe('change password', () => {
  test('keeps the old password when the current one is wrong', async () => {
    const user = await newStaff();
    const session = await login(t.app, user.username);
    const response = await api(t.app, session).post('/api/v1/auth/password', { currentPassword: 'sai', newPassword: 'chim-en-bay-ve-phuong-nam-2026' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.currentPassword');
    await login(t.app, user.username);
  });

  test('refuses a short new password', async () => {
    const user = await newStaff();
    const session = await login(t.app, user.username);
    const response = await api(t.app, session).post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.newPassword');
  });

  test('replaces the password, ends other sessions and keeps the caller signed in', async () => {
    const user = await newStaff();
    const other = await login(t.app, user.username);
    const session = await login(t.app, user.username);
    const response = await api(t.app, session).post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'chim-en-bay-ve-phuong-nam-2026' });
    expect(response.statusCode).toBe(200);
    expect((await api(t.app, other).get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await api(t.app, null).post('/api/v1/auth/login', { username: user.username, password: TEST_PASSWORD })).statusCode).toBe(401);
    await login(t.app, user.username, 'chim-en-bay-ve-phuong-nam-2026');
  });
});
