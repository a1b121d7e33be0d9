import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDays } from '../../db/schema/index.js';
import { createAgency } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createCalendarCache } from './calendar.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('calendar cache', () => {
  it('keeps the calendar it holds when it reads the same days again, and takes a new one when a day changed', async () => {
    const { agencyId } = await createAgency(t.database.db);
    // Read again on every call: the delay has always passed.
    const calendars = createCalendarCache(t.database.db, 0);
    const first = await calendars.get(agencyId);
    expect(await calendars.get(agencyId)).toBe(first);
    expect(first.isWorkingDay('2026-06-15')).toBe(true);

    await t.database.db.insert(calendarDays).values({ agencyId, day: '2026-06-15', kind: 'holiday', name: 'Nghỉ bù' });
    const changed = await calendars.get(agencyId);
    expect(changed).not.toBe(first);
    expect(changed.isWorkingDay('2026-06-15')).toBe(false);
    expect(await calendars.get(agencyId)).toBe(changed);
  });
});
