import { sql } from 'drizzle-orm';
import fc from 'fast-check';
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

async function acknowledge(who: 'lan' | 'minh' | 'head' | 'driver', campaignId: string, commit?: string) {
  const id = (await f.assignmentOf(who, campaignId))!;
  await f.clients[who].post(`/api/v1/dissemination/assignments/${id}/open`);
  await f.clients[who].post(`/api/v1/dissemination/assignments/${id}/acknowledge`, { confirm: true });
  if (commit) await f.clients[who].post(`/api/v1/dissemination/assignments/${id}/commit`, { typedName: commit, confirm: true });
  return id;
}

describe('a new version of a disseminated document', () => {
  test('asks again those who acknowledged, and keeps every version they saw in the history', async () => {
    const campaign = await f.launch();
    const lanId = await acknowledge('lan', campaign.id, 'Nguyễn Thị Lân');
    const before = (await f.clients.head.get(`/api/v1/campaigns/${campaign.id}`)).json();
    const v1 = before.documents[0].versionId;

    expect((await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/documents/${f.directive.id}/new-version`)).statusCode).toBe(409);
    await f.addVersion(f.directive.id);
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}`)).json().documents[0].hasNewerVersion).toBe(true);
    expect((await f.clients.lan.post(`/api/v1/campaigns/${campaign.id}/documents/${f.directive.id}/new-version`)).statusCode).toBe(404);
    expect((await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/documents/${f.directive.id}/new-version`)).json()).toEqual({ count: 1 });

    const after = (await f.clients.head.get(`/api/v1/campaigns/${campaign.id}`)).json();
    expect(after).toMatchObject({ round: 2, documents: [{ versionNumber: 2, hasNewerVersion: false }] });
    const v2 = after.documents[0].versionId;
    const mine = (await f.clients.lan.get(`/api/v1/dissemination/assignments/${lanId}`)).json();
    expect(mine).toMatchObject({ stage: 'pending', wasAskedAgain: true, acknowledgedAt: null, committedAt: null });
    expect((await f.clients.lan.get('/api/v1/notifications')).json().items).toContainEqual(
      expect.objectContaining({ kind: 'dissemination_asked_again', subject: { type: 'campaign_assignment', id: lanId } }),
    );
    expect((await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json().overall).toMatchObject({
      assigned: 4,
      read: 0,
      acknowledged: 0,
      committed: 0,
    });

    await acknowledge('lan', campaign.id, 'Nguyễn Thị Lân');
    const history = (await f.clients.lan.get(`/api/v1/dissemination/assignments/${lanId}/events`)).json().items as {
      kind: string;
      round: number;
      documents: { versionId: string }[];
    }[];
    expect(history.map((e) => `${e.kind}@${e.round}:${e.documents[0].versionId === v1 ? 'v1' : e.documents[0].versionId === v2 ? 'v2' : '?'}`)).toEqual([
      'assigned@1:v1',
      'opened@1:v1',
      'acknowledged@1:v1',
      'committed@1:v1',
      'asked_again@2:v2',
      'opened@2:v2',
      'acknowledged@2:v2',
      'committed@2:v2',
    ]);
  });

  test('is picked up by the daily sweep without anyone pressing a button', async () => {
    const campaign = await f.launch();
    await acknowledge('minh', campaign.id);
    await f.addVersion(f.directive.id);
    await runDisseminationSweep({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) }, f.agencyId, 'test-run');
    const minhId = (await f.assignmentOf('minh', campaign.id))!;
    expect((await f.clients.minh.get(`/api/v1/dissemination/assignments/${minhId}`)).json()).toMatchObject({ stage: 'pending', wasAskedAgain: true });
  });
});

describe('the daily sweep', () => {
  const sweep = (runKey: string) =>
    runDisseminationSweep({ db: t.database.db, clock: t.clock, calendars: createCalendarCache(t.database.db) }, f.agencyId, runKey);
  const reminders = async (who: 'lan' | 'minh') =>
    (await f.clients[who].get('/api/v1/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'dissemination_reminder').length;

  test('reminds those who have not finished near the deadline and once more after it, adds newcomers, never twice', async () => {
    // Due Wed 04/03/2026: two working days ahead of Mon 02/03.
    const campaign = await f.launch({ deadline: { kind: 'date', dueDate: '2026-03-04' } });
    await acknowledge('minh', campaign.id, 'Trần Văn Minh');
    expect(await sweep('day-1')).toEqual({ ran: true, campaigns: 1, suggestions: 0 });
    expect(await sweep('day-1')).toEqual({ ran: false, campaigns: 0 });
    await sweep('day-1-again');
    expect(await reminders('lan')).toBe(1);
    expect(await reminders('minh')).toBe(0);

    await f.clients.admin.post(`/api/v1/people/${f.people.outsider.id}/move`, { unitId: f.units.propaganda.id });
    t.clock.set(new Date('2026-03-05T02:00:00Z'));
    await f.logInAgain();
    await sweep('day-4');
    expect(await reminders('lan')).toBe(2);
    const coverage = (await f.clients.head.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json();
    expect(coverage.overall).toMatchObject({ assigned: 5, acknowledged: 1, committed: 1, overdue: 4 });
  });
});

describe('coverage counters', () => {
  test('property: after any sequence of actions, new versions and moves, the counters equal a direct count (people, units, new versions)', async () => {
    const people = ['lan', 'minh', 'head', 'driver'] as const;
    const names = { lan: 'Nguyễn Thị Lân', minh: 'Trần Văn Minh', head: 'Đặng Thu Hương', driver: 'Phùng Văn Tài' };
    const step = fc.oneof(
      fc.record({ who: fc.constantFrom(...people), action: fc.constantFrom('open', 'acknowledge', 'commit', 'badCommit', 'quiz') }),
      fc.constant({ who: 'lan' as const, action: 'newVersion' }),
    );
    const quiz = { passPercent: 100, questions: [{ text: 'Một người chủ trì?', options: ['Đúng', 'Sai'], correctIndex: 0 }] };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 12 }), fc.boolean(), async (steps, pass) => {
        const campaign = await f.launch({ quiz });
        const ids = Object.fromEntries(await Promise.all(people.map(async (who) => [who, (await f.assignmentOf(who, campaign.id))!] as const)));
        for (const { who, action } of steps) {
          const url = `/api/v1/dissemination/assignments/${ids[who]}`;
          if (action === 'open') await f.clients[who].post(`${url}/open`);
          if (action === 'acknowledge') await f.clients[who].post(`${url}/acknowledge`, { confirm: true });
          if (action === 'commit') await f.clients[who].post(`${url}/commit`, { typedName: names[who], confirm: true });
          if (action === 'badCommit') await f.clients[who].post(`${url}/commit`, { typedName: 'Người Khác', confirm: true });
          if (action === 'quiz') await f.clients[who].post(`${url}/quiz`, { answers: [pass ? 0 : 1] });
          if (action === 'newVersion') {
            await f.addVersion(f.directive.id);
            await f.clients.head.post(`/api/v1/campaigns/${campaign.id}/documents/${f.directive.id}/new-version`);
          }
        }
        const [direct] = await queryRows<Record<string, number>>(
          t.database.db,
          sql`select count(*)::int as assigned, count(opened_at)::int as read, count(acknowledged_at)::int as acknowledged, count(committed_at)::int as committed,
                     count(quiz_passed_at)::int as passed, count(*) filter (where is_done)::int as done
              from dissemination_assignments where campaign_id = ${campaign.id}`,
        );
        const coverage = (await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage`)).json();
        const { overdue: _overdue, ...counted } = coverage.overall;
        expect(counted).toEqual(direct);
        const perUnit = await queryRows<{ unit_id: string; n: number }>(
          t.database.db,
          sql`select unit_id, count(*)::int as n from dissemination_assignments where campaign_id = ${campaign.id} group by unit_id`,
        );
        const own = (await f.clients.leader.get(`/api/v1/campaigns/${campaign.id}/coverage/units?limit=100`)).json().items;
        for (const row of perUnit) expect(own.find((u: { unit: { id: string } }) => u.unit.id === row.unit_id).assigned).toBe(row.n);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
