import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createNameCache, namesChanged } from './names.cache.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the name cache', () => {
  it('reads a name changed behind its back (another instance) once people or units are written through this process, or once its entry is too old', async () => {
    const { agencyId, root } = await createAgency(t.database.db);
    const unit = await createUnit(t.database.db, root, { name: 'Văn phòng' });
    const person = await createUser(t.database.db, unit, ['staff'], { fullName: 'Phạm Minh Đức' });
    const cache = createNameCache(t.database.db);
    const expired = createNameCache(t.database.db, { ttlMs: 0, maxEntries: 10 });
    const namesIn = async (names: typeof cache) => {
      const found = await names.lookup(agencyId, [person.id], [unit.id, '00000000-0000-4000-8000-000000000000']);
      return [found.person(person.id), found.unit(unit.id), found.unit('00000000-0000-4000-8000-000000000000')];
    };
    expect(await namesIn(cache)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);
    expect(await namesIn(expired)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);

    await t.database.db.execute(sql`update people set full_name = 'Phạm Minh Đức Anh' where id = ${person.id}`);
    await t.database.db.execute(sql`update units set name = 'Văn phòng Ủy ban' where id = ${unit.id}`);
    expect(await namesIn(cache)).toEqual(['Phạm Minh Đức', 'Văn phòng', '']);
    expect(await namesIn(expired)).toEqual(['Phạm Minh Đức Anh', 'Văn phòng Ủy ban', '']);
    namesChanged();
    expect(await namesIn(cache)).toEqual(['Phạm Minh Đức Anh', 'Văn phòng Ủy ban', '']);
  });
});
