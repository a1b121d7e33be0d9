import { and, eq } from 'drizzle-orm';
import { afterAll, describe } from 'vitest';
import { loadConfig } from '../../config.js';
import { auditEvents, users } from '../../db/schema/index.js';
import { createAgency, createUser, TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { startTestProvider, type TestProvider } from '../../test/oidc-test-provider.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

const REDIRECT_URL = 'http://127.0.0.1:3999/api/v1/auth/oidc/callback';
let provider: TestProvider;
let t: TestApp;
let passwordOff: TestApp;
let withoutSso: TestApp;

test.beforeAll(async ({ openApp }) => {
  provider = await startTestProvider(REDIRECT_URL);
  const oidcEnv = {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URL: REDIRECT_URL,
  };
  t = await openApp({ env: oidcEnv });
  passwordOff = await openApp({ env: { ...oidcEnv, AUTH_PASSWORD_LOGIN: 'false' }, database: t.database });
  withoutSso = await openApp({ database: t.database });
});
afterAll(async () => {
  await provider.close();
});

async function newAccount(email: string) {
  const { root } = await createAgency(t.database.db);
  return createUser(t.database.db, root, ['staff'], { fullName: 'Lê Thị Mai', email });
}

/** Starts at the app, signs in at the provider as `subject`, and returns the callback URL and the app's flow cookie. */
async function signInAtProvider(subject: string, alterAuthorizationUrl: (url: URL) => void = () => {}, app = t.app) {
  const start = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const flowCookie = start.cookies.find((c) => c.name === 'congvu_oidc')!;
  expect(flowCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc' });
  const authorizationUrl = new URL(start.headers.location as string);
  expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
  alterAuthorizationUrl(authorizationUrl);
  const callback = await provider.authorize(authorizationUrl.href, subject);
  return { callback, flowCookie: flowCookie.value };
}

async function finish(callback: URL, flowCookie: string, app = t.app) {
  const response = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: { cookie: `congvu_oidc=${flowCookie}` } });
  expect(response.statusCode).toBe(302);
  return { location: response.headers.location, session: response.cookies.find((c) => c.name === 'congvu_session' && c.value !== '') };
}

describe('single sign-on with OpenID Connect', () => {
  test('signs a known person in by verified e-mail, links the subject, and the session works', async () => {
    const email = `mai-${uniqueSuffix()}@example.vn`;
    const user = await newAccount(email);
    const subject = `sub-${uniqueSuffix()}`;
    provider.people.set(subject, { email, email_verified: true });
    const { callback, flowCookie } = await signInAtProvider(subject);
    const { location, session } = await finish(callback, flowCookie);
    expect(location).toBe('/');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const current = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: `congvu_session=${session!.value}` } });
    expect(current.statusCode).toBe(200);
    expect(current.json().user).toMatchObject({ username: user.username, displayName: 'Lê Thị Mai' });
    const [row] = await t.database.db.select({ oidcSubject: users.oidcSubject }).from(users).where(eq(users.id, user.userId));
    expect(row!.oidcSubject).toBe(subject);
    const audits = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, user.userId), eq(auditEvents.action, 'user.logged_in')));
    expect(audits.map((a) => a.change)).toContainEqual({ method: 'oidc', matchedBy: 'email', oidcSubjectLinked: true });

    // Next time the stored subject decides, even when the provider no longer vouches for the e-mail.
    provider.people.set(subject, { email: 'changed@example.vn', email_verified: false });
    const again = await signInAtProvider(subject);
    expect((await finish(again.callback, again.flowCookie)).location).toBe('/');
  });

  test('matches by the username claim when the e-mail does not', async () => {
    const user = await newAccount(`other-${uniqueSuffix()}@example.vn`);
    const subject = `sub-${uniqueSuffix()}`;
    provider.people.set(subject, { preferred_username: user.username.toUpperCase() });
    const { callback, flowCookie } = await signInAtProvider(subject);
    const { location, session } = await finish(callback, flowCookie);
    expect(location).toBe('/');
    expect(session).toBeDefined();
  });

  test('refuses a wrong state and opens no session', async () => {
    const email = `state-${uniqueSuffix()}@example.vn`;
    await newAccount(email);
    const subject = `sub-${uniqueSuffix()}`;
    provider.people.set(subject, { email, email_verified: true });
    const { callback, flowCookie } = await signInAtProvider(subject);
    callback.searchParams.set('state', 'forged-state');
    expect(await finish(callback, flowCookie)).toEqual({ location: '/dang-nhap?error=sso_failed', session: undefined });
  });

  test('refuses an ID token carrying another nonce than the one the browser started with', async () => {
    const email = `nonce-${uniqueSuffix()}@example.vn`;
    await newAccount(email);
    const subject = `sub-${uniqueSuffix()}`;
    provider.people.set(subject, { email, email_verified: true });
    const { callback, flowCookie } = await signInAtProvider(subject, (url) => url.searchParams.set('nonce', 'replayed-nonce'));
    expect(await finish(callback, flowCookie)).toEqual({ location: '/dang-nhap?error=sso_failed', session: undefined });
  });

  test('refuses an altered flow cookie and a missing one', async () => {
    const email = `cookie-${uniqueSuffix()}@example.vn`;
    await newAccount(email);
    const subject = `sub-${uniqueSuffix()}`;
    provider.people.set(subject, { email, email_verified: true });
    const { callback, flowCookie } = await signInAtProvider(subject);
    const [payload, signature] = flowCookie.split('.');
    const flow = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const altered = `${Buffer.from(JSON.stringify({ ...flow, nonce: 'other' })).toString('base64url')}.${signature}`;
    expect(await finish(callback, altered)).toEqual({ location: '/dang-nhap?error=sso_failed', session: undefined });
    const bare = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    expect(bare.headers.location).toBe('/dang-nhap?error=sso_failed');
  });

  test('never creates or guesses an account: unknown, unverified and deactivated people get sso_unknown_user', async () => {
    const unknown = `sub-${uniqueSuffix()}`;
    provider.people.set(unknown, { email: `nobody-${uniqueSuffix()}@example.vn`, email_verified: true });
    const first = await signInAtProvider(unknown);
    expect(await finish(first.callback, first.flowCookie)).toEqual({ location: '/dang-nhap?error=sso_unknown_user', session: undefined });

    const email = `unverified-${uniqueSuffix()}@example.vn`;
    const user = await newAccount(email);
    const unverified = `sub-${uniqueSuffix()}`;
    provider.people.set(unverified, { email, email_verified: false });
    const second = await signInAtProvider(unverified);
    expect((await finish(second.callback, second.flowCookie)).location).toBe('/dang-nhap?error=sso_unknown_user');

    await t.database.db.update(users).set({ isActive: false }).where(eq(users.id, user.userId));
    provider.people.set(unverified, { email, email_verified: true });
    const third = await signInAtProvider(unverified);
    expect((await finish(third.callback, third.flowCookie)).location).toBe('/dang-nhap?error=sso_unknown_user');
  });
});

describe('sign-in options', () => {
  test('tells the login page what is on', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/options' })).json()).toEqual({ passwordLogin: true, singleSignOn: true });
    expect((await passwordOff.app.inject({ method: 'GET', url: '/api/v1/auth/options' })).json()).toEqual({ passwordLogin: false, singleSignOn: true });
    expect((await withoutSso.app.inject({ method: 'GET', url: '/api/v1/auth/options' })).json()).toEqual({ passwordLogin: true, singleSignOn: false });
  });

  test('refuses password login with a problem answer when AUTH_PASSWORD_LOGIN=false', async () => {
    const user = await newAccount(`pw-${uniqueSuffix()}@example.vn`);
    const refused = await passwordOff.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'password_login_disabled' });
    expect(refused.cookies.find((c) => c.name === 'congvu_session')).toBeUndefined();
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } })).statusCode).toBe(
      200,
    );
  });

  test('with password login off, single sign-on does not demand a change of a password nobody can use', async () => {
    const email = `initial-${uniqueSuffix()}@example.vn`;
    const user = await newAccount(email);
    await t.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.userId));
    const subject = `sub-${uniqueSuffix()}`;
    provider.people.set(subject, { email, email_verified: true });
    const { callback, flowCookie } = await signInAtProvider(subject, () => {}, passwordOff.app);
    const { session } = await finish(callback, flowCookie, passwordOff.app);
    const current = await passwordOff.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: `congvu_session=${session!.value}` } });
    expect(current.json().user.mustChangePassword).toBe(false);
  });

  test('answers 404 for single sign-on when it is not configured', async () => {
    const response = await withoutSso.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  test('takes the OIDC settings all or nothing, and never leaves nobody able to log in', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://sso.example.vn' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ AUTH_PASSWORD_LOGIN: 'false' })).toThrow(/AUTH_PASSWORD_LOGIN/);
    const full = {
      OIDC_ISSUER: 'http://sso.example.vn',
      OIDC_CLIENT_ID: 'a',
      OIDC_CLIENT_SECRET: 'b',
      OIDC_REDIRECT_URL: 'https://congvu.example.vn/api/v1/auth/oidc/callback',
    };
    expect(() => loadConfig(full)).toThrow(/https/);
    expect(() => loadConfig({ ...full, OIDC_ISSUER: 'https://sso.example.vn' })).not.toThrow();
  });
});
