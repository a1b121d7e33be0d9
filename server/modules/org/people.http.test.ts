import { describe } from 'vitest';
import { createAgency, createPerson, createUser } from '../../test/factories.js';
import { api, login, type Session } from '../../test/http.js';
import { expect, test, type TestApp, type OrgFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: OrgFixture;
const sessions: Record<string, Session> = {};
test.beforeAll(async ({ app, agency }) => {
  t = app;
  f = agency;
  for (const [role, user] of Object.entries(f.users)) sessions[role] = await login(t.app, user.username);
});

const as = (role: keyof OrgFixture['users']) => api(t.app, sessions[role]);
const namesIn = (body: { items: { fullName: string }[] }) => body.items.map((p) => p.fullName);

describe('who sees whom', () => {
  test('administrators, leaders and inspectors see the whole agency', async () => {
    for (const role of ['admin', 'leader', 'inspector'] as const) {
      const names = namesIn((await as(role).get('/api/v1/people?limit=100')).json());
      expect(names, role).toEqual(expect.arrayContaining(['Đặng Thị Thu Hường', 'Lương Văn Đạt']));
    }
  });

  test('a unit head sees the subtree of their unit and nothing else', async () => {
    const names = namesIn((await as('head').get('/api/v1/people?limit=100')).json());
    expect(names).toContain('Đặng Thị Thu Hường');
    expect(names).not.toContain('Lương Văn Đạt');
    expect((await as('head').get(`/api/v1/people/${f.people.inLaw.id}`)).statusCode).toBe(404);
  });

  test('a staff member sees the people of their own unit only', async () => {
    const names = namesIn((await as('staff').get('/api/v1/people?limit=100')).json());
    expect(names).toContain('Đặng Thị Thu Hường');
    expect(names).not.toContain('Lương Văn Đạt');
  });

  test('nobody sees another agency: its people answer 404', async () => {
    const other = await createAgency(t.database.db);
    const stranger = await createPerson(t.database.db, other.root, { fullName: 'Người Cơ Quan Khác' });
    expect((await as('admin').get(`/api/v1/people/${stranger.id}`)).statusCode).toBe(404);
    expect(namesIn((await as('admin').get('/api/v1/people?limit=100&q=co quan khac')).json())).toEqual([]);
  });

  test('Party membership is hidden from staff and editors but shown to leaders and the unit head', async () => {
    const membership = async (role: keyof OrgFixture['users']) => (await as(role).get(`/api/v1/people/${f.people.inTeam.id}`)).json().isPartyMember;
    expect(await membership('staff')).toBeNull();
    expect(await membership('editor')).toBeNull();
    expect(await membership('leader')).toBe(true);
    expect(await membership('head')).toBe(true);
  });
});

describe('search and paging', () => {
  test('finds a name typed without diacritics', async () => {
    expect(namesIn((await as('admin').get('/api/v1/people?q=dang thi thu huong')).json())).toEqual(['Đặng Thị Thu Hường']);
    expect(namesIn((await as('admin').get('/api/v1/people?q=HUONG')).json())).toContain('Đặng Thị Thu Hường');
  });

  test('pages through everyone with a keyset cursor, without gaps or repeats', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await as('admin').get(`/api/v1/people?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json();
      all.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    const everyone = (await as('admin').get('/api/v1/people?limit=100')).json().items.map((p: { id: string }) => p.id);
    expect(all).toEqual(everyone);
    expect(new Set(all).size).toBe(all.length);
  });

  test('rejects a forged cursor and an oversized page with 400', async () => {
    expect((await as('admin').get('/api/v1/people?cursor=khong-hop-le')).statusCode).toBe(400);
    expect((await as('admin').get('/api/v1/people?limit=1000')).statusCode).toBe(400);
  });
});

describe('changing people', () => {
  const valid = () => ({
    fullName: 'Kiều Minh Châu',
    position: 'Chuyên viên',
    category: 'civil_servant',
    unitId: f.units.law.id,
    email: `chau.${Date.now()}@vi-du.vn`,
    isPartyMember: false,
  });

  test('an administrator adds a person, and the audit log records it', async () => {
    const response = await as('admin').post('/api/v1/people', valid());
    expect(response.statusCode).toBe(200);
    const person = response.json();
    expect(person).toMatchObject({ fullName: 'Kiều Minh Châu', unit: { id: f.units.law.id }, status: 'active' });
    const audit = (await as('admin').get(`/api/v1/audit?subjectId=${person.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['person.created']);
  });

  test('staff, unit heads and leaders cannot add people', async () => {
    for (const role of ['staff', 'head', 'leader'] as const) expect((await as(role).post('/api/v1/people', valid())).statusCode, role).toBe(403);
  });

  test('names every invalid field and writes nothing', async () => {
    const response = await as('admin').post('/api/v1/people', { fullName: '', category: 'boss', unitId: 'x', email: 'khong-phai-email' });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.fullName', 'body.category', 'body.unitId', 'body.email']));
    expect(response.json().errors[0].message.vi).toBeTruthy();
  });

  test('refuses a unit of another agency', async () => {
    const other = await createAgency(t.database.db);
    const response = await as('admin').post('/api/v1/people', { ...valid(), unitId: other.root.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.unitId');
  });

  test('refuses an e-mail already used in the agency with 409', async () => {
    const body = valid();
    await as('admin').post('/api/v1/people', body);
    const again = await as('admin').post('/api/v1/people', { ...body, fullName: 'Người Khác' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('body.email');
  });

  test('edits, moves and marks a person as left, disabling their login', async () => {
    const user = await createUser(t.database.db, f.units.team, ['staff'], { fullName: 'Hồ Văn Tâm' });
    const edited = await as('admin').put(`/api/v1/people/${user.id}`, { fullName: 'Hồ Văn Tâm', position: 'Chuyên viên chính', category: 'civil_servant' });
    expect(edited.json().position).toBe('Chuyên viên chính');
    expect((await as('admin').post(`/api/v1/people/${user.id}/move`, { unitId: f.units.law.id })).json().unit.id).toBe(f.units.law.id);
    const left = await as('admin').post(`/api/v1/people/${user.id}/deactivate`, { leftOn: '2026-02-27', reason: 'Nghỉ hưu' });
    expect(left.json()).toMatchObject({ status: 'left', leftOn: '2026-02-27' });
    await expect(login(t.app, user.username)).rejects.toThrow(/401/);
    const actions = (await as('admin').get(`/api/v1/audit?subjectId=${user.id}`)).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['person.updated', 'person.moved', 'person.deactivated']));
  });

  test('answers 404 for an unknown person and 400 for a malformed id', async () => {
    expect((await as('admin').put(`/api/v1/people/${crypto.randomUUID()}`, { fullName: 'A', category: 'worker' })).statusCode).toBe(404);
    expect((await as('admin').get('/api/v1/people/123')).statusCode).toBe(400);
    expect((await as('admin').post(`/api/v1/people/${f.people.inLaw.id}/deactivate`, { leftOn: '31/12/2026', reason: '' })).statusCode).toBe(400);
  });
});
