import { describe } from 'vitest';
import { api, login } from '../../test/http.js';
import { createOrgFixture, type OrgFixture } from '../../test/fixtures/org.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let org: OrgFixture;
let other: OrgFixture;
test.beforeAll(async ({ app }) => {
  t = app;
  org = await createOrgFixture(t.database.db);
  other = await createOrgFixture(t.database.db);
  for (const fixture of [org, other]) {
    const leader = api(t.app, await login(t.app, fixture.users.leader.username));
    const created = await leader.post('/api/v1/tasks', {
      title: 'Khắc phục tình trạng đùn đẩy trong xử lý văn bản',
      expectedOutput: 'Báo cáo kết quả',
      unitId: fixture.units.law.id,
      ownerId: fixture.people.inLaw.id,
      startDate: '2026-03-02',
      due: { kind: 'date', dueDate: '2026-03-20' },
    });
    expect(created.statusCode).toBe(200);
  }
});

describe('GET /api/v1/search', () => {
  test('refuses a missing, too short or too long query with a problem naming the field, and an anonymous caller', async () => {
    const leader = api(t.app, await login(t.app, org.users.leader.username));
    for (const url of ['/api/v1/search', '/api/v1/search?q=%20a%20', `/api/v1/search?q=${'a'.repeat(101)}`, '/api/v1/search?q=dun&limit=50']) {
      const response = await leader.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        response
          .json()
          .errors.map((e: { field: string }) => e.field)
          .join(),
      ).toMatch(/querystring\.(q|limit)/);
      expect(response.json().message.vi).toBeTruthy();
    }
    expect((await api(t.app, null).get('/api/v1/search?q=dun%20day')).statusCode).toBe(401);
  });

  test('finds "đùn đẩy" from "dun day" and a person from a name typed without marks, grouped by kind', async () => {
    const leader = api(t.app, await login(t.app, org.users.leader.username));
    const response = await leader.get('/api/v1/search?q=DUN%20DAY');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.q).toBe('DUN DAY');
    const tasks = body.groups.find((group: { kind: string }) => group.kind === 'tasks');
    expect(tasks.items).toHaveLength(1);
    expect(tasks.items[0]).toMatchObject({
      title: 'Khắc phục tình trạng đùn đẩy trong xử lý văn bản',
      slug: null,
      subtitle: expect.stringContaining('20/03/2026'),
    });
    expect(tasks.hasMore).toBe(false);
    // The other agency's task with the same title never shows.
    expect((await leader.get(`/api/v1/tasks/${tasks.items[0].id}`)).statusCode).toBe(200);

    const people = (await leader.get('/api/v1/search?q=thu%20huong')).json().groups;
    expect(people.map((group: { kind: string }) => group.kind)).toEqual(['people']);
    expect(people[0].items.map((item: { id: string }) => item.id)).toEqual([org.people.inTeam.id]);
  });

  test('answers with no groups when nothing matches, and marks a kind with more results than the limit', async () => {
    const leader = api(t.app, await login(t.app, org.users.leader.username));
    expect((await leader.get('/api/v1/search?q=khong%20co%20gi%20ca')).json()).toEqual({ q: 'khong co gi ca', groups: [] });
    const onePerKind = (await leader.get('/api/v1/search?q=an&limit=1')).json().groups;
    const people = onePerKind.find((group: { kind: string }) => group.kind === 'people');
    expect(people.items).toHaveLength(1);
    expect(people.hasMore).toBe(true);
  });

  test('shows a staff member only their own reach: not a task of another unit they have no part in', async () => {
    const staff = api(t.app, await login(t.app, org.users.staff.username));
    const groups = (await staff.get('/api/v1/search?q=dun%20day')).json().groups;
    expect(groups.find((group: { kind: string }) => group.kind === 'tasks')).toBeUndefined();
  });
});
