import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createCalendarCache } from '../../platform/calendar/calendar.repository.js';
import { runDisseminationSweep } from './dissemination.sweep.js';
import { expect, test, type TestApp, type DisseminationFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DisseminationFixture;
test.beforeEach(({ app, dissemination }) => {
  t = app;
  f = dissemination;
});

const sweep = (runKey: string) =>
  runDisseminationSweep({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) }, f.agencyId, runKey);

async function suggestedPeople(prefix: string) {
  const rows = await queryRows<{ subject_person_id: string; item_code: string }>(
    t.database.db,
    sql`select subject_person_id, item_code from conduct_suggestions where agency_id = ${f.agencyId} and dedupe_key like ${`${prefix}%`}`,
  );
  return rows;
}

describe('dissemination signals that suggest conduct cases', () => {
  test('suggests those who still have not acknowledged well past the deadline, each once, mapped to a catalog item', async () => {
    const campaign = await f.launch({ deadline: { kind: 'date', dueDate: '2026-03-04' } });
    const minh = (await f.assignmentOf('minh', campaign.id))!;
    await f.clients.minh.post(`/api/v1/dissemination/assignments/${minh}/open`);
    await f.clients.minh.post(`/api/v1/dissemination/assignments/${minh}/acknowledge`, { confirm: true });

    await sweep('within-grace');
    expect(await suggestedPeople(`unacknowledged_campaign:${campaign.id}:`)).toEqual([]);

    t.clock.set(new Date('2026-03-12T02:00:00Z'));
    await sweep('past-grace');
    const suggested = await suggestedPeople(`unacknowledged_campaign:${campaign.id}:`);
    expect(suggested.map((row) => row.subject_person_id)).toContain(f.people.lan.id);
    expect(suggested.map((row) => row.subject_person_id)).not.toContain(f.people.minh.id);
    expect(suggested.every((row) => row.item_code.length > 0)).toBe(true);

    await sweep('next-day');
    expect(await suggestedPeople(`unacknowledged_campaign:${campaign.id}:`)).toHaveLength(suggested.length);
  });

  test('suggests an absence without a reason from a closed meeting, not an excused one', async () => {
    const meeting = (
      await f.clients.head.post('/api/v1/meetings', {
        title: 'Hội nghị quán triệt Chỉ thị 24-CT/TU',
        unitId: f.units.propaganda.id,
        startsAt: '2026-03-03T01:00:00Z',
        endsAt: '2026-03-03T04:00:00Z',
        place: 'Hội trường tầng 3',
        chairId: f.people.head.id,
        documents: [{ documentId: f.directive.id }],
        inviteeUnitIds: [f.units.propaganda.id],
      })
    ).json();
    t.clock.set(new Date('2026-03-03T02:00:00Z'));
    await f.logInAgain();
    await f.clients.head.post(`/api/v1/meetings/${meeting.id}/attendance`, { personId: f.people.minh.id, status: 'absent_excused', reason: 'Đi công tác' });
    t.clock.set(new Date('2026-03-03T04:30:00Z'));
    expect((await f.clients.head.post(`/api/v1/meetings/${meeting.id}/close`)).statusCode).toBe(200);

    await sweep('after-meeting');
    const suggested = (await suggestedPeople(`meeting_absence:${meeting.id}:`)).map((row) => row.subject_person_id);
    expect(suggested).toContain(f.people.lan.id);
    expect(suggested).not.toContain(f.people.minh.id);
  });
});
