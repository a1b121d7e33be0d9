import { api } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.override('appOptions', { env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
test.beforeAll(({ app }) => {
  t = app;
});

test('slows down password guessing: the login route answers 429 beyond its rate limit', async () => {
  const client = api(t.app, null);
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await client.post('/api/v1/auth/login', { username: 'doan-mo', password: 'x' })).statusCode);
  expect(statuses).toEqual([401, 401, 401, 429]);
  const limited = await client.post('/api/v1/auth/login', { username: 'doan-mo', password: 'x' });
  expect(limited.json()).toMatchObject({ code: 'rate_limited', message: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau' } });
});
