import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createAccounts } from '../auth/index.js';
import { createUnit, createUser, TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { searchDayOf, searchDayStart } from './work.subtree-search.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

type Row = { unitId: string; depth: number; open: number; hasChildren: boolean };

/** Ban Tuyên giáo → Phòng Báo chí → Tổ Thông tin, with one open task in the deepest unit. */
async function deepTree() {
  const team = await createUnit(t.database.db, f.department, { name: 'Phòng Báo chí' });
  const subteam = await createUnit(t.database.db, team, { name: 'Tổ Thông tin' });
  const member = await createUser(t.database.db, subteam, ['staff'], { fullName: 'Vũ Thị Mai' });
  const task = await f.clients.leader.post('/api/v1/tasks', {
    title: 'Tổng hợp tin bài tuần',
    expectedOutput: 'Bản tổng hợp',
    unitId: subteam.id,
    ownerId: member.id,
    startDate: '2026-03-02',
    due: { kind: 'date', dueDate: '2026-03-13' },
  });
  expect(task.statusCode).toBe(200);
  return { team, subteam };
}

const byId = (rows: Row[]) => new Map(rows.map((row) => [row.unitId, row]));

describe('leader dashboard levels', () => {
  test('returns two levels below the root by default, each summing its whole subtree, and marks units with more below', async () => {
    const { team, subteam } = await deepTree();
    const rows: Row[] = (await f.clients.leader.get('/api/v1/tasks/dashboard')).json().units;
    const units = byId(rows);
    expect(rows.every((row) => row.depth <= 2)).toBe(true);
    expect(units.has(subteam.id)).toBe(false);
    expect(units.get(team.id)).toMatchObject({ open: 1, hasChildren: true });
    expect(units.get(f.department.id)).toMatchObject({ open: 1, hasChildren: true });
    expect(units.get(f.root.id)).toMatchObject({ open: 1 });
    expect(units.get(f.other.id)).toMatchObject({ open: 0, hasChildren: false });
  });

  test('goes deeper on request, or from a chosen unit as the root', async () => {
    const { team, subteam } = await deepTree();
    const deeper = byId((await f.clients.leader.get('/api/v1/tasks/dashboard?levels=3')).json().units);
    expect(deeper.get(subteam.id)).toMatchObject({ open: 1, hasChildren: false });
    const fromTeam: Row[] = (await f.clients.leader.get(`/api/v1/tasks/dashboard?unitId=${team.id}`)).json().units;
    expect(fromTeam.map((row) => row.unitId)).toEqual([team.id, subteam.id]);
  });

  test('leaves out a deeper level that would pass 100 units, and still shows the whole first level from a unit with more', async () => {
    for (let i = 0; i < 101; i++) await createUnit(t.database.db, f.department, { name: `Tổ ${i + 1}` });
    const top: Row[] = (await f.clients.leader.get('/api/v1/tasks/dashboard?levels=3')).json().units;
    expect(Math.max(...top.map((row) => row.depth))).toBe(1);
    expect(byId(top).get(f.department.id)).toMatchObject({ hasChildren: true });
    const fromDepartment: Row[] = (await f.clients.leader.get(`/api/v1/tasks/dashboard?unitId=${f.department.id}`)).json().units;
    expect(fromDepartment).toHaveLength(102);
    expect(fromDepartment[0].unitId).toBe(f.department.id);
  });

  test('counts tasks created at once in one unit, and carries them to the new parent when the unit moves', async () => {
    const team = await createUnit(t.database.db, f.department, { name: 'Phòng Báo chí' });
    const member = await createUser(t.database.db, team, ['staff'], { fullName: 'Vũ Thị Mai' });
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        f.clients.leader.post('/api/v1/tasks', {
          title: `Tin bài số ${i + 1}`,
          expectedOutput: 'Bản tin',
          unitId: team.id,
          ownerId: member.id,
          startDate: '2026-03-02',
          due: { kind: 'date', dueDate: '2026-03-13' },
        }),
      ),
    );
    expect(created.map((response) => response.statusCode)).toEqual(created.map(() => 200));
    // Counted in several stripes (task ids are random): 24 tasks all in one stripe has odds of 4^-23.
    const [{ stripes }] = await queryRows<{ stripes: number }>(
      t.database.db,
      sql`select count(distinct stripe)::int as stripes from unit_work_counters where unit_id = ${team.id}`,
    );
    expect(stripes).toBeGreaterThan(1);
    const open = async () => byId((await f.clients.leader.get('/api/v1/tasks/dashboard?levels=3')).json().units);
    const before = await open();
    expect([before.get(team.id)?.open, before.get(f.department.id)?.open, before.get(f.other.id)?.open, before.get(f.root.id)?.open]).toEqual([24, 24, 0, 24]);

    const admin = await createUser(t.database.db, f.root, ['agency_admin'], { fullName: 'Phan Văn Quản' });
    const moved = await api(t.app, await login(t.app, admin.username)).post(`/api/v1/units/${team.id}/move`, { parentId: f.other.id });
    expect(moved.statusCode).toBe(200);
    const after = await open();
    expect([after.get(team.id)?.open, after.get(f.department.id)?.open, after.get(f.other.id)?.open, after.get(f.root.id)?.open]).toEqual([24, 0, 24, 24]);
  });

  test('refuses a level count outside 1–6, naming the field', async () => {
    const response = await f.clients.leader.get('/api/v1/tasks/dashboard?levels=0');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('levels');
  });
});

describe('unit board text search', () => {
  const titles = (page: { items: { title: string }[] }) => page.items.map((item) => item.title).sort();

  test('finds words typed without diacritics within the chosen subtree only, closed tasks and the due range included', async () => {
    const { team, subteam } = await deepTree();
    const member = await createUser(t.database.db, subteam, ['staff'], { fullName: 'Hồ Văn Sơn' });
    const deep = { title: 'Khắc phục đùn đẩy ở Tổ Thông tin', unitId: subteam.id, ownerId: member.id };
    expect(
      (
        await f.clients.leader.post('/api/v1/tasks', {
          ...deep,
          expectedOutput: 'Báo cáo',
          startDate: '2026-03-02',
          due: { kind: 'date', dueDate: '2026-03-20' },
        })
      ).statusCode,
    ).toBe(200);
    await f.assign({ title: 'Chống đùn đẩy trách nhiệm' });
    const cancelled = await f.assign({ title: 'Đùn đẩy việc tiếp dân (đã hủy)' });
    expect((await f.clients.head.post(`/api/v1/tasks/${cancelled.id}/cancel`, { reason: 'Gộp vào việc khác' })).statusCode).toBe(200);
    await f.assign({ title: 'Đùn đẩy cũ, hạn sớm', due: { kind: 'date', dueDate: '2026-03-05' } });
    const elsewhere = {
      title: 'Đùn đẩy ở Ban Phong trào',
      unitId: f.other.id,
      ownerId: f.people.outsider.id,
      expectedOutput: 'Báo cáo',
      startDate: '2026-03-02',
      due: { kind: 'date', dueDate: '2026-03-13' },
    };
    expect((await f.clients.leader.post('/api/v1/tasks', elsewhere)).statusCode).toBe(200);

    const board = (unitId: string, extra = '') => f.clients.leader.get(`/api/v1/tasks?view=unit&unitId=${unitId}&q=dun day${extra}`).then((r) => r.json());
    expect(titles(await board(f.department.id, '&dueFrom=2026-03-10'))).toEqual([
      'Chống đùn đẩy trách nhiệm',
      'Khắc phục đùn đẩy ở Tổ Thông tin',
      'Đùn đẩy việc tiếp dân (đã hủy)',
    ]);
    expect(titles(await board(f.department.id, '&status=cancelled'))).toEqual(['Đùn đẩy việc tiếp dân (đã hủy)']);
    expect(titles(await board(team.id))).toEqual(['Khắc phục đùn đẩy ở Tổ Thông tin']);
    expect(titles(await board(f.root.id))).toHaveLength(5);
    // Without a unit the search spans what the viewer sees; a head sees their own subtree only.
    const headView = (await f.clients.head.get('/api/v1/tasks?view=unit&q=DUN DAY&limit=100')).json();
    expect(titles(headView)).not.toContain('Đùn đẩy ở Ban Phong trào');
    expect(titles(headView)).toHaveLength(4);
  });

  test('pages through a subtree search in due order', async () => {
    for (const day of ['10', '11', '12']) await f.assign({ title: `Rà soát đùn đẩy ${day}`, due: { kind: 'date', dueDate: `2026-03-${day}` } });
    const first = (await f.clients.head.get(`/api/v1/tasks?view=unit&unitId=${f.department.id}&q=ra soat&limit=2`)).json();
    expect(first.items.map((item: { title: string }) => item.title)).toEqual(['Rà soát đùn đẩy 10', 'Rà soát đùn đẩy 11']);
    const next = (await f.clients.head.get(`/api/v1/tasks?view=unit&unitId=${f.department.id}&q=ra soat&limit=2&cursor=${first.nextCursor}`)).json();
    expect(next).toMatchObject({ items: [{ title: 'Rà soát đùn đẩy 12' }], nextCursor: null });
  });

  test('pages in due order through matches days and years apart, with and without a due range', async () => {
    // Asked day by day (a day, then as many as the matches so far say, then the rest): matches on the
    // first days, weeks and years later, and in a unit below; others in between that do not match.
    const dues = ['2026-03-03', '2026-03-05', '2026-03-16', '2026-06-01', '2027-02-01', '2027-08-02', '2028-01-10', '2028-09-04'];
    for (const [i, dueDate] of dues.entries()) {
      await f.assign({ title: `Đối soát hồ sơ ${i + 1}`, due: { kind: 'date', dueDate } });
      await f.assign({ title: `Tiếp nhận văn bản ${i + 1}`, due: { kind: 'date', dueDate } });
    }
    const { subteam } = await deepTree();
    const member = await createUser(t.database.db, subteam, ['staff'], { fullName: 'Phan Thị Ngọc' });
    const deep = { title: 'Đối soát hồ sơ ở Tổ Thông tin', unitId: subteam.id, ownerId: member.id, expectedOutput: 'Báo cáo', startDate: '2026-03-02' };
    expect((await f.clients.leader.post('/api/v1/tasks', { ...deep, due: { kind: 'date', dueDate: '2027-05-04' } })).statusCode).toBe(200);

    async function all(extra: string) {
      const seen: string[] = [];
      let cursor = '';
      do {
        const page = (await f.clients.leader.get(`/api/v1/tasks?view=unit&unitId=${f.department.id}&q=doi soat&limit=2${extra}${cursor}`)).json();
        seen.push(...page.items.map((item: { title: string; dueDate: string }) => `${item.dueDate} ${item.title}`));
        cursor = page.nextCursor ? `&cursor=${page.nextCursor}` : '';
      } while (cursor);
      return seen;
    }
    const expected = [...dues.map((due, i) => `${due} Đối soát hồ sơ ${i + 1}`), '2027-05-04 Đối soát hồ sơ ở Tổ Thông tin'].sort();
    expect(await all('')).toEqual(expected);
    expect(await all('&dueFrom=2026-03-04&dueTo=2027-08-02')).toEqual(expected.filter((row) => row >= '2026-03-04' && row < '2027-08-03'));
    expect(await all('&dueFrom=2028-09-05')).toEqual([]);
    // Only the last one matches: every round comes back empty and the rest of the window finds it.
    const last = (await f.clients.leader.get(`/api/v1/tasks?view=unit&unitId=${f.department.id}&q=doi soat ho so 8`)).json();
    expect(last.items.map((item: { title: string }) => item.title)).toEqual(['Đối soát hồ sơ 8']);
  });

  test('follows a task whose words, due date or unit change after it was assigned', async () => {
    const { id } = await f.assign({ title: 'Lập kế hoạch tuyên truyền' });
    const board = (unitId: string, q: string, extra = '') =>
      f.clients.leader.get(`/api/v1/tasks?view=unit&unitId=${unitId}&q=${q}${extra}`).then((r) => r.json().items.map((item: { id: string }) => item.id));
    expect(await board(f.department.id, 'tuyen truyen')).toEqual([id]);
    expect((await f.clients.lan.post(`/api/v1/tasks/${id}/accept`, {})).statusCode).toBe(200);
    expect(
      (await f.clients.lan.post(`/api/v1/tasks/${id}/difficulty`, { description: 'Phạm vi quá rộng', proposal: 'Tập trung vào chuyển đổi số' })).statusCode,
    ).toBe(200);
    const decided = { decision: 'change_task', reason: 'Thu hẹp phạm vi', title: 'Lập kế hoạch chuyển đổi số', newDueDate: '2026-03-27' };
    expect((await f.clients.head.post(`/api/v1/tasks/${id}/difficulty/decide`, decided)).statusCode).toBe(200);
    expect(await board(f.department.id, 'tuyen truyen')).toEqual([]);
    expect(await board(f.department.id, 'chuyen doi so', '&dueFrom=2026-03-20')).toEqual([id]);
    expect(await board(f.department.id, 'chuyen doi so', '&dueTo=2026-03-13')).toEqual([]);
    // The department moves under the other one: the task is found in its new parent's subtree.
    const admin = api(t.app, await login(t.app, (await createUser(t.database.db, f.root, ['agency_admin'])).username));
    expect((await admin.post(`/api/v1/units/${f.department.id}/move`, { parentId: f.other.id })).statusCode).toBe(200);
    expect(await board(f.other.id, 'chuyen doi so')).toEqual([id]);
  });

  test('counts due days in the server as the index function does', async () => {
    const dates = fc
      .sample(fc.date({ min: new Date('1899-06-01'), max: new Date('2199-12-31'), noInvalidDate: true }), 200)
      .map((d) => d.toISOString().slice(0, 10));
    const rows = await queryRows<{ scopes: string[] }>(
      t.database.db,
      sql`select task_search_scopes('/a/', d::date) as scopes from unnest(string_to_array(${dates.join(',')}, ',')) d`,
    );
    expect(rows.map((row) => row.scopes[1])).toEqual(dates.map((date) => `a@${searchDayOf(date)}`));
    expect(searchDayStart(searchDayOf('2026-12-04'))).toBe('2026-12-04');
  });

  test('keys each unit of a path alone and with the due day, as the index was built (migration 0015)', async () => {
    const unitIds = fc.array(fc.uuid(), { maxLength: 5 });
    // The empty path first: both definitions give null for it, not an empty array.
    const paths = ['/', ...fc.sample(unitIds, 50).map((ids) => (ids.length ? `/${ids.join('/')}/` : '/'))];
    const rows = await queryRows<{ scopes: string[] | null; original: string[] | null }>(
      t.database.db,
      sql`select task_search_scopes(p, date '2026-12-04') as scopes,
        (select array_agg(scope.key) from unnest(string_to_array(btrim(p, '/'), '/')) as unit(id),
          lateral (values (unit.id), (unit.id || '@' || greatest(date '2026-12-04' - date '1900-01-01', 0)::text)) as scope(key)) as original
        from unnest(string_to_array(${paths.join(',')}, ',')) p`,
    );
    expect(rows).toHaveLength(paths.length);
    for (const row of rows) expect(row.scopes).toEqual(row.original);
    expect(rows.find((row) => row.original === null)?.scopes ?? null).toBeNull();
  });
});

describe('an account without a person', () => {
  test('owns and decides nothing: its own lists are empty, not an error', async () => {
    const [account] = await t.database.db.transaction((tx) =>
      createAccounts(tx, [
        {
          agencyId: f.agencyId,
          personId: null,
          username: `admin-${uniqueSuffix()}`,
          displayName: 'Quản trị',
          password: TEST_PASSWORD,
          roles: ['agency_admin'],
        },
      ]),
    );
    const admin = api(t.app, await login(t.app, account.username));
    for (const view of ['mine', 'awaiting_my_decision']) {
      const page = await admin.get(`/api/v1/tasks?view=${view}`);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toEqual({ items: [], nextCursor: null });
    }
  });
});

describe('task lists', () => {
  type Page = { items: { id: string; dueDate: string; owner: { id: string } }[]; nextCursor: string | null };
  async function everyPage(client: WorkFixture['clients'][keyof WorkFixture['clients']], path: string) {
    const items: Page['items'] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: Page = (await client.get(`${path}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    return items;
  }

  test('show each person exactly the tasks they may open, page by page in due order', async () => {
    const tasks = [
      await f.assign({ due: { kind: 'date', dueDate: '2026-03-20' } }),
      await f.assign({ ownerId: f.people.minh.id, due: { kind: 'date', dueDate: '2026-03-10' } }),
      await f.assign({ ownerId: f.people.minh.id, collaboratorIds: [f.people.lan.id], due: { kind: 'date', dueDate: '2026-03-10' } }),
      await f.assign({ due: { kind: 'date', dueDate: '2026-03-05' } }),
    ];
    const elsewhere = { title: 'Việc ở Ban Phong trào', expectedOutput: 'Báo cáo', startDate: '2026-03-02', due: { kind: 'date', dueDate: '2026-03-12' } };
    for (const ownerId of [f.people.outsider.id, f.people.outsider.id]) {
      const response = await f.clients.leader.post('/api/v1/tasks', { ...elsewhere, unitId: f.other.id, ownerId });
      tasks.push(response.json());
    }
    const inDueOrder = (items: { id: string; dueDate: string }[]) =>
      [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id)).map((item) => item.id);
    const all = (await everyPage(f.clients.leader, '/api/v1/tasks?view=unit')).filter((item) => tasks.some((task) => task.id === item.id));
    expect(all).toHaveLength(tasks.length);

    for (const [name, client] of Object.entries(f.clients)) {
      const opens = [];
      for (const item of all) if ((await client.get(`/api/v1/tasks/${item.id}`)).statusCode === 200) opens.push(item);
      const listed = await everyPage(client, '/api/v1/tasks?view=unit');
      expect(
        listed.map((item) => item.id),
        name,
      ).toEqual(inDueOrder(opens));
      const person = f.people[name as keyof typeof f.people];
      const mine = await everyPage(client, '/api/v1/tasks?view=mine&status=assigned&status=in_progress');
      expect(
        mine.map((item) => item.id),
        name,
      ).toEqual(inDueOrder(all.filter((item) => item.owner.id === person.id)));
    }
  });

  test('show the names people and units have now, right after an administrator changes them', async () => {
    const task = await f.assign();
    const admin = await createUser(t.database.db, f.root, ['agency_admin']);
    const adminClient = api(t.app, await login(t.app, admin.username));
    const itemOf = async () => (await f.clients.head.get('/api/v1/tasks?view=unit')).json().items.find((item: { id: string }) => item.id === task.id);
    expect(await itemOf()).toMatchObject({ owner: { fullName: 'Nguyễn Thị Lan' }, assigner: { fullName: 'Đặng Thu Hương' }, unit: { name: 'Ban Tuyên giáo' } });

    const lan = (await adminClient.get(`/api/v1/people/${f.people.lan.id}`)).json();
    const { id: _id, unit: _unit, status: _status, leftOn: _leftOn, ...fields } = lan;
    const renamed = await adminClient.put(`/api/v1/people/${f.people.lan.id}`, { ...fields, fullName: 'Nguyễn Thị Lan Anh' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await adminClient.put(`/api/v1/units/${f.department.id}`, { name: 'Ban Tuyên giáo và Dân vận', code: 'BTGDV' })).statusCode).toBe(200);
    expect(await itemOf()).toMatchObject({
      owner: { fullName: 'Nguyễn Thị Lan Anh' },
      assigner: { fullName: 'Đặng Thu Hương' },
      unit: { name: 'Ban Tuyên giáo và Dân vận' },
    });
  });
});
