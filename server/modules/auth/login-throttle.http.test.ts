import { createAgency, createUser, TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { delaySecondsAfter, THROTTLE_RULES } from './auth.throttle.rules.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

const attempt = (username: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });

async function newUser() {
  const { root } = await createAgency(t.database.db);
  return createUser(t.database.db, root, ['staff']);
}

test('counts every one of fifteen wrong logins sent at once: the right password then waits too', async () => {
  const user = await newUser();
  const answers = await Promise.all(Array.from({ length: 15 }, () => attempt(user.username, 'sai-mat-khau')));
  expect(answers.every((answer) => [401, 429].includes(answer.statusCode))).toBe(true);
  const next = await attempt(user.username, TEST_PASSWORD);
  expect(next.statusCode).toBe(429);
  expect(next.json()).toMatchObject({ code: 'login_throttled' });
  // Fifteen failures on the pair counter: 2^(15-4-1) seconds, capped at 15 minutes.
  expect(next.json().message.en).toMatch(/Try again in (9\d\d|10[0-2]\d) seconds/);
});

test('answers an unknown name exactly as a known one, failure after failure', async () => {
  const user = await newUser();
  const unknown = `khong-co-${uniqueSuffix()}`;
  for (let i = 0; i < 7; i++) {
    const known = await attempt(user.username, 'sai', '10.0.1.1');
    const stranger = await attempt(unknown, 'sai', '10.0.1.2');
    expect(stranger.statusCode, `attempt ${i + 1}`).toBe(known.statusCode);
    expect(stranger.json().code).toBe(known.json().code);
    expect(stranger.json().message).toEqual(known.json().message);
  }
});

test('grows the wait failure after failure instead of locking, and lets the owner in once it passes', async () => {
  const user = await newUser();
  for (let i = 0; i < 4; i++) expect((await attempt(user.username, 'sai')).statusCode).toBe(401);
  expect((await attempt(user.username, 'sai')).statusCode).toBe(401);
  expect((await attempt(user.username, TEST_PASSWORD)).json().message.en).toContain('1 seconds');
  t.clock.advanceMs(1_001);
  expect((await attempt(user.username, 'sai')).statusCode).toBe(401);
  expect((await attempt(user.username, TEST_PASSWORD)).json().message.en).toContain('2 seconds');
  t.clock.advanceMs(2_001);
  expect((await attempt(user.username, TEST_PASSWORD)).statusCode).toBe(200);
});

test('does not let a stranger elsewhere shut the owner out: his failures slow his own address', async () => {
  const user = await newUser();
  for (let i = 0; i < 8; i++) await attempt(user.username, 'doan-bua', '203.0.113.9');
  expect((await attempt(user.username, 'doan-bua', '203.0.113.9')).statusCode).toBe(429);
  expect((await attempt(user.username, TEST_PASSWORD, '10.0.2.1')).statusCode).toBe(200);
});

test('caps the delay a name alone can reach at one minute', () => {
  const name = THROTTLE_RULES.find((rule) => rule.kind === 'name')!;
  expect(delaySecondsAfter(10_000, name)).toBe(60);
  expect(delaySecondsAfter(name.freeFailures, name)).toBe(0);
});

test('behind a proxy without TRUST_PROXY (a loopback address) counts the name only, capped at a minute', async () => {
  const user = await newUser();
  for (let i = 0; i < 25; i++) await attempt(user.username, 'sai', '127.0.0.1');
  const waiting = await attempt(user.username, TEST_PASSWORD, '127.0.0.1');
  expect(waiting.statusCode).toBe(429);
  t.clock.advanceMs(60_001);
  expect((await attempt(user.username, TEST_PASSWORD, '127.0.0.1')).statusCode).toBe(200);
});
