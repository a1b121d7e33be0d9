import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type OrgFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
let admin: ReturnType<typeof api>;
test.beforeAll(async ({ app, agency }) => {
  t = app;
  f = agency;
  admin = api(t.app, await login(t.app, f.users.admin.username));
});

test('every organisation route answers malformed input with a 400 problem naming the field, and writes nothing', async () => {
  const unit = f.units.law.id;
  const person = f.people.inLaw.id;
  const cases: [string, () => ReturnType<typeof admin.get>, string][] = [
    ['GET /people', () => admin.get('/api/v1/people?category=boss'), 'querystring.category'],
    ['GET /people/:id', () => admin.get('/api/v1/people/khong-phai-id'), 'params.id'],
    ['POST /people', () => admin.post('/api/v1/people', { fullName: 'A', category: 'cadre', unitId: unit, phone: 'abc' }), 'body.phone'],
    ['PUT /people/:id', () => admin.put(`/api/v1/people/${person}`, { fullName: '', category: 'cadre' }), 'body.fullName'],
    ['POST /people/:id/move', () => admin.post(`/api/v1/people/${person}/move`, { unitId: 'x' }), 'body.unitId'],
    ['POST /people/:id/deactivate', () => admin.post(`/api/v1/people/${person}/deactivate`, { leftOn: '2026-02-30', reason: 'x' }), 'body.leftOn'],
    ['POST /units', () => admin.post('/api/v1/units', { parentId: unit, kind: 'department', code: 'A B', name: 'Tổ' }), 'body.code'],
    ['PUT /units/:id', () => admin.put(`/api/v1/units/${unit}`, { name: 'x'.repeat(201), code: 'OK' }), 'body.name'],
    ['POST /units/:id/move', () => admin.post(`/api/v1/units/${unit}/move`, {}), 'body.parentId'],
    ['POST /units/:id/deactivate', () => admin.post('/api/v1/units/123/deactivate'), 'params.id'],
    ['PUT /units/:id/managers', () => admin.put(`/api/v1/units/${unit}/managers`, { headId: null, deputyIds: Array(11).fill(person) }), 'body.deputyIds'],
  ];
  const before = (await admin.get('/api/v1/audit?limit=1')).json().items[0]?.id ?? 0;
  for (const [route, send, field] of cases) {
    const response = await send();
    expect(response.statusCode, route).toBe(400);
    expect(
      response.json().errors.map((e: { field: string }) => e.field),
      route,
    ).toContain(field);
  }
  expect((await admin.get('/api/v1/audit?limit=1')).json().items[0]?.id ?? 0).toBe(before);
});
