import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { CACHE_BOUNDS } from '../../platform/cache.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { createNameCache } from './org.names.cache.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

describe('the name cache', () => {
  test('sees a rename at once on the instance that made it, and on another instance on the same database within its TTL', async () => {
    const { agencyId, root } = await createAgency(t.database.db);
    const unit = await createUnit(t.database.db, root, { name: 'Văn phòng' });
    const person = await createUser(t.database.db, unit, ['staff'], { fullName: 'Phạm Minh Đức' });
    let now = 1_000;
    const clock = { now: () => now };
    // Two server instances on one database: each process keeps its own cache.
    const here = createNameCache(t.database.db, { ...CACHE_BOUNDS.names, now: clock.now });
    const there = createNameCache(t.database.db, { ...CACHE_BOUNDS.names, now: clock.now });
    const namesIn = async (names: typeof here) => {
      const found = await names.lookup(agencyId, [person.id], [unit.id, '00000000-0000-4000-8000-000000000000']);
      return [found.person(person.id), found.unit(unit.id), found.unit('00000000-0000-4000-8000-000000000000')];
    };
    expect(await namesIn(here)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);
    expect(await namesIn(there)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);

    // A rename made through `here`'s instance: org's service tells that instance's cache, as it does below.
    await t.database.db.execute(sql`update people set full_name = 'Phạm Minh Đức Anh' where id = ${person.id}`);
    here.forget({ personIds: [person.id] });
    expect(await namesIn(here)).toEqual(['Phạm Minh Đức Anh', 'Văn phòng', '']);
    expect(await namesIn(there)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);

    now += CACHE_BOUNDS.names.ttlMs - 1;
    expect(await namesIn(there)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);
    now += 2;
    expect(await namesIn(there)).toEqual(['Phạm Minh Đức Anh', 'Văn phòng', '']);
  });

  test('is told by the org service: a task list shows a renamed unit at once', async () => {
    t.clock.set(new Date('2026-03-02T06:00:00Z'));
    const { root } = await createAgency(t.database.db);
    const unit = await createUnit(t.database.db, root, { name: 'Ban Tổ chức', code: 'BTC' });
    const head = await createUser(t.database.db, unit, ['unit_head', 'staff'], { fullName: 'Ngô Văn Bình', manages: 'head' });
    const admin = await createUser(t.database.db, root, ['agency_admin'], { fullName: 'Quản trị' });
    const [headClient, adminClient] = [api(t.app, await login(t.app, head.username)), api(t.app, await login(t.app, admin.username))];
    const created = await headClient.post('/api/v1/tasks', {
      title: 'Rà soát quy hoạch cán bộ',
      expectedOutput: 'Báo cáo',
      unitId: unit.id,
      ownerId: head.id,
      startDate: '2026-03-02',
      due: { kind: 'date', dueDate: '2026-03-20' },
    });
    expect(created.statusCode).toBe(200);
    const unitNameInList = async () => (await headClient.get('/api/v1/tasks?view=mine')).json().items[0].unit.name;
    expect(await unitNameInList()).toBe('Ban Tổ chức');
    expect((await adminClient.put(`/api/v1/units/${unit.id}`, { name: 'Ban Tổ chức Đảng ủy', code: 'BTC', sortOrder: 0 })).statusCode).toBe(200);
    expect(await unitNameInList()).toBe('Ban Tổ chức Đảng ủy');
  });
});
