import { describe } from 'vitest';
import { createAgency, createUser } from '../test/factories.js';
import { api, login } from '../test/http.js';
import { expect, test, type TestApp } from '../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

describe('HTTP conventions', () => {
  test('reports health and the database without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { isReachable: true } });
  });

  test('serves the OpenAPI description of every route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/people', '/api/v1/units', '/api/v1/auth/login', '/api/v1/audit/verify', '/api/v1/health']));
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  test('answers an unknown API route with 401 to strangers and problem JSON 404 to users', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' })).statusCode).toBe(401);
    const { root } = await createAgency(t.database.db);
    const user = await createUser(t.database.db, root, ['staff']);
    const response = await api(t.app, await login(t.app, user.username)).get('/api/v1/khong-co');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route_not_found', status: 404 });
  });

  test('answers malformed JSON and oversize bodies with 4xx problems, never 500', async () => {
    const { root } = await createAgency(t.database.db);
    const user = await createUser(t.database.db, root, ['agency_admin']);
    const session = await login(t.app, user.username);
    const client = api(t.app, session);
    const malformed = await client.send('POST', '/api/v1/units', '{"name":', { headers: { 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message.vi).toBeTruthy();
    const huge = await client.post('/api/v1/units', { parentId: root.id, kind: 'department', code: 'X', name: 'x'.repeat(2_000_000) });
    expect(huge.statusCode).toBe(413);
    const wrongType = await client.send('POST', '/api/v1/units', '<unit/>', { headers: { 'content-type': 'application/xml' } });
    expect(wrongType.statusCode).toBe(415);
  });
});
