import { describe } from 'vitest';
import { createPerson, createUnit } from '../../test/factories.js';
import { api, login, type Session } from '../../test/http.js';
import { expect, test, type TestApp, type OrgFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
let admin: ReturnType<typeof api>;
let staff: Session;
test.beforeAll(async ({ app, agency }) => {
  t = app;
  f = agency;
  admin = api(t.app, await login(t.app, f.users.admin.username));
  staff = await login(t.app, f.users.staff.username);
});

const code = () => `B-${Math.random().toString(36).slice(2, 8)}`;

describe('unit tree', () => {
  test('lists the tree with heads, and only administrators may edit it', async () => {
    const adminView = (await admin.get('/api/v1/units')).json().items;
    const propaganda = adminView.find((u: { id: string }) => u.id === f.units.propaganda.id);
    expect(propaganda).toMatchObject({ name: 'Ban Tuyên giáo', depth: 1, head: { id: f.users.head.id }, abilities: { edit: true } });
    const staffView = (await api(t.app, staff).get('/api/v1/units')).json().items;
    expect(staffView.every((u: { abilities: { edit: boolean } }) => !u.abilities.edit)).toBe(true);
  });

  test('creates a unit at any depth, recorded in the audit log', async () => {
    const created = await admin.post('/api/v1/units', { parentId: f.units.team.id, kind: 'department', code: code(), name: 'Nhóm Mạng xã hội' });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ parentId: f.units.team.id, depth: 3, isActive: true });
    const audit = (await admin.get(`/api/v1/audit?subjectId=${created.json().id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'unit.created', subjectType: 'unit' });
  });

  test('refuses a duplicate code with 409 naming the field, and bad input with 400', async () => {
    const body = { parentId: f.root.id, kind: 'department', code: code(), name: 'Ban Một' };
    await admin.post('/api/v1/units', body);
    const duplicate = await admin.post('/api/v1/units', { ...body, name: 'Ban Hai' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].field).toBe('body.code');
    const bad = await admin.post('/api/v1/units', { parentId: f.root.id, kind: 'agency', code: 'có dấu', name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.kind', 'body.code', 'body.name']));
  });

  test('staff cannot create, edit, move or deactivate units', async () => {
    const client = api(t.app, staff);
    expect((await client.post('/api/v1/units', { parentId: f.root.id, kind: 'department', code: code(), name: 'X' })).statusCode).toBe(403);
    expect((await client.put(`/api/v1/units/${f.units.team.id}`, { name: 'X', code: code() })).statusCode).toBe(403);
    expect((await client.post(`/api/v1/units/${f.units.team.id}/move`, { parentId: f.units.law.id })).statusCode).toBe(403);
    expect((await client.post(`/api/v1/units/${f.units.law.id}/deactivate`)).statusCode).toBe(403);
  });

  test('moves a subtree and keeps its people in scope of the new parent', async () => {
    const branch = await createUnit(t.database.db, f.units.law, { name: 'Tổ Giám sát' });
    const leaf = await createUnit(t.database.db, branch, { name: 'Nhóm Phản biện' });
    const person = await createPerson(t.database.db, leaf, { fullName: 'Dương Thị Nhàn' });
    const moved = await admin.post(`/api/v1/units/${branch.id}/move`, { parentId: f.units.propaganda.id });
    expect(moved.json()).toMatchObject({ parentId: f.units.propaganda.id, depth: 2 });
    const head = api(t.app, await login(t.app, f.users.head.username));
    expect((await head.get(`/api/v1/people/${person.id}`)).statusCode).toBe(200);
    const units = (await admin.get('/api/v1/units')).json().items;
    expect(units.find((u: { id: string }) => u.id === leaf.id).depth).toBe(3);
  });

  test('refuses to move a unit under itself', async () => {
    const response = await admin.post(`/api/v1/units/${f.units.propaganda.id}/move`, { parentId: f.units.team.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.parentId');
  });

  test('deactivates an empty unit but never one with active people, and never the root', async () => {
    const empty = await createUnit(t.database.db, f.root, { name: 'Tổ Lâm thời' });
    expect((await admin.post(`/api/v1/units/${empty.id}/deactivate`)).json().isActive).toBe(false);
    expect((await admin.post(`/api/v1/units/${f.units.law.id}/deactivate`)).json().code).toBe('unit_not_empty');
    expect((await admin.post(`/api/v1/units/${f.root.id}/deactivate`)).statusCode).toBe(409);
  });

  test('sets a head and deputies from active people of the agency', async () => {
    const deputy = await createPerson(t.database.db, f.units.law, { fullName: 'Kiều Văn Phó' });
    const response = await admin.put(`/api/v1/units/${f.units.law.id}/managers`, { headId: f.people.inLaw.id, deputyIds: [deputy.id] });
    expect(response.json()).toMatchObject({ head: { id: f.people.inLaw.id }, deputies: [{ id: deputy.id }] });
    const unknown = await admin.put(`/api/v1/units/${f.units.law.id}/managers`, { headId: crypto.randomUUID(), deputyIds: [] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('body.headId');
  });
});
