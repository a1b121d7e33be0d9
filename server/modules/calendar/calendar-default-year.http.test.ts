import { createAgency, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
// 31/12/2026 20:00 UTC is already 01/01/2027 in Hà Nội.
test.override('appOptions', { now: new Date('2026-12-31T20:00:00Z') });
test.beforeAll(({ app }) => {
  t = app;
});

test('answers GET /calendar without a year with the current year in Hà Nội', async () => {
  const { root } = await createAgency(t.database.db);
  const user = await createUser(t.database.db, root, ['staff']);
  const response = await api(t.app, await login(t.app, user.username)).get('/api/v1/calendar');
  expect(response.statusCode).toBe(200);
  expect(response.json().year).toBe(2027);
});

test('says a missing required field is required, in Vietnamese and English', async () => {
  const response = await api(t.app, null).post('/api/v1/auth/login', { password: 'x' });
  expect(response.statusCode).toBe(400);
  expect(response.json().errors[0]).toMatchObject({ field: 'body.username', message: { vi: 'Bắt buộc nhập', en: 'Required' } });
});
