import { describe } from 'vitest';
import { calendarDays } from '../../db/schema/index.js';
import { createAgency } from '../../test/factories.js';
import { CACHE_BOUNDS } from '../cache.js';
import { createCalendarCache } from './calendar.repository.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
test.beforeAll(({ app }) => {
  t = app;
});

describe('calendar cache', () => {
  test('sees an edit at once when told, and one made through another instance within its TTL', async () => {
    const { agencyId } = await createAgency(t.database.db);
    let now = 1_000;
    // Two server instances on one database: each keeps its own cache.
    const here = createCalendarCache(t.database.db, { ...CACHE_BOUNDS.calendars, now: () => now });
    const there = createCalendarCache(t.database.db, { ...CACHE_BOUNDS.calendars, now: () => now });
    expect((await here.get(agencyId)).isWorkingDay('2026-06-15')).toBe(true);
    expect((await there.get(agencyId)).isWorkingDay('2026-06-15')).toBe(true);

    await t.database.db.insert(calendarDays).values({ agencyId, day: '2026-06-15', kind: 'holiday', name: 'Nghỉ bù' });
    here.forget(agencyId);
    expect((await here.get(agencyId)).isWorkingDay('2026-06-15')).toBe(false);
    now += CACHE_BOUNDS.calendars.ttlMs - 1;
    expect((await there.get(agencyId)).isWorkingDay('2026-06-15')).toBe(true);
    now += 2;
    expect((await there.get(agencyId)).isWorkingDay('2026-06-15')).toBe(false);
  });
});
