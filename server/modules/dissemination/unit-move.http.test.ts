import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createUnit } from '../../test/factories.js';
import { expect, test, type TestApp, type DisseminationFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DisseminationFixture;
test.beforeEach(({ app, dissemination }) => {
  t = app;
  f = dissemination;
});

type Row = { unitId: string; open: number; completedOnTime: number; completedLate: number; transfers: number };
type CoverageRow = { unit: { id: string }; assigned: number; read: number; acknowledged: number };

async function assignTask(unitId: string, ownerId: string) {
  const response = await f.clients.leader.post('/api/v1/tasks', {
    title: 'Rà soát hồ sơ tồn đọng',
    expectedOutput: 'Báo cáo rà soát',
    unitId,
    ownerId,
    startDate: '2026-03-02',
    due: { kind: 'date', dueDate: '2026-03-20' },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { id: string };
}

const dashboard = async (levels = 6) =>
  new Map(((await f.clients.leader.get(`/api/v1/tasks/dashboard?levels=${levels}`)).json().units as Row[]).map((row) => [row.unitId, row]));
const coverage = async (campaignId: string) =>
  new Map(((await f.clients.leader.get(`/api/v1/campaigns/${campaignId}/coverage?levels=6`)).json().units as CoverageRow[]).map((row) => [row.unit.id, row]));

describe('moving a unit', () => {
  test('carries its tasks, assignments and coverage to the new parent: scoped lists and roll-ups show them there, not under the old one', async () => {
    const { propaganda, team, law } = f.units;
    const task = await assignTask(team.id, f.people.minh.id);
    const campaign = await f.launch();
    const moved = await f.clients.admin.post(`/api/v1/units/${team.id}/move`, { parentId: law.id });
    expect(moved.statusCode).toBe(200);

    const units = await dashboard(2);
    expect(units.get(law.id)).toMatchObject({ open: 1 });
    expect(units.get(propaganda.id)).toMatchObject({ open: 0 });
    expect(units.get(f.root.id)).toMatchObject({ open: 1 });
    const board = async (who: 'head' | 'lawHead', unitId: string) =>
      ((await f.clients[who].get(`/api/v1/tasks?view=unit&unitId=${unitId}&limit=50`)).json().items as { id: string }[]).map((item) => item.id);
    expect(await board('lawHead', law.id)).toContain(task.id);
    expect(await board('head', propaganda.id)).not.toContain(task.id);

    const covered = await coverage(campaign.id);
    expect(covered.get(law.id)).toMatchObject({ assigned: 2 });
    expect(covered.get(team.id)).toMatchObject({ assigned: 2 });
    expect(covered.get(propaganda.id)).toMatchObject({ assigned: 2 });
    const lawOwn = (await f.clients.lawHead.get(`/api/v1/campaigns/${campaign.id}/coverage/units?limit=100`)).json().items as CoverageRow[];
    expect(lawOwn.map((row) => row.unit.id).sort()).toEqual([team.id]);

    const audit = (await f.clients.admin.get(`/api/v1/audit?subjectId=${team.id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'unit.moved', subjectType: 'unit' });
  });

  test('property: after any commands, acknowledgements and unit moves, every stored subtree total equals a direct count', async () => {
    const sub = await createUnit(t.database.db, f.units.team, { name: 'Nhóm Phản biện' });
    const units = { root: f.root, propaganda: f.units.propaganda, team: f.units.team, law: f.units.law, sub };
    const movable = ['propaganda', 'team', 'law', 'sub'] as const;
    const ownerOf = { root: 'leader', propaganda: 'lan', team: 'minh', law: 'outsider', sub: 'driver' } as const;
    const who = ['lan', 'minh', 'head', 'driver'] as const;
    const step = fc.oneof(
      fc.record({ kind: fc.constant('assign' as const), unit: fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])) }),
      fc.record({ kind: fc.constantFrom('cancel' as const, 'complete' as const, 'transfer' as const), index: fc.nat(20) }),
      fc.record({
        kind: fc.constant('move' as const),
        unit: fc.constantFrom(...movable),
        parent: fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])),
      }),
      fc.record({ kind: fc.constant('acknowledge' as const), who: fc.constantFrom(...who) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 16 }), async (steps) => {
        const campaign = await f.launch();
        const tasks: { id: string; owner: (typeof ownerOf)[keyof typeof ownerOf] }[] = [];
        for (const s of steps) {
          if (s.kind === 'assign') {
            const owner = ownerOf[s.unit];
            tasks.push({ id: (await assignTask(units[s.unit].id, f.people[owner].id)).id, owner });
          } else if (s.kind === 'move') {
            await f.clients.admin.post(`/api/v1/units/${units[s.unit].id}/move`, { parentId: units[s.parent].id });
          } else if (s.kind === 'acknowledge') {
            const id = await f.assignmentOf(s.who, campaign.id);
            await f.clients[s.who].post(`/api/v1/dissemination/assignments/${id}/open`);
            await f.clients[s.who].post(`/api/v1/dissemination/assignments/${id}/acknowledge`, { confirm: true });
          } else if (tasks.length > 0) {
            const task = tasks[s.index % tasks.length];
            if (s.kind === 'cancel') await f.clients.leader.post(`/api/v1/tasks/${task.id}/cancel`, { reason: 'Không còn cần thiết' });
            if (s.kind === 'transfer')
              await f.clients.leader.post(`/api/v1/tasks/${task.id}/transfer`, { newOwnerId: f.people.head.id, reason: 'Điều chỉnh phân công' });
            if (s.kind === 'complete') {
              await f.clients[task.owner].post(`/api/v1/tasks/${task.id}/submit`, { note: 'Đã xong' });
              await f.clients.leader.post(`/api/v1/tasks/${task.id}/accept-result`, { grade: 4 });
            }
          }
        }
        const work = await queryRows<{ id: string } & Omit<Row, 'unitId'>>(
          t.database.db,
          sql`
          select u.id, count(t.id) filter (where t.status in ('assigned', 'in_progress', 'submitted'))::int as open,
                 count(t.id) filter (where t.counted_outcome = 'completed_on_time')::int as "completedOnTime",
                 count(t.id) filter (where t.counted_outcome = 'completed_late')::int as "completedLate",
                 coalesce(sum(t.transfer_count), 0)::int as transfers
          from units u left join units tu on tu.path like u.path || '%' left join tasks t on t.unit_id = tu.id
          where u.agency_id = ${f.agencyId} group by u.id`,
        );
        const shown = await dashboard();
        for (const { id, ...counts } of work) {
          const row = shown.get(id)!;
          expect({ id, open: row.open, completedOnTime: row.completedOnTime, completedLate: row.completedLate, transfers: row.transfers }).toEqual({
            id,
            ...counts,
          });
        }
        const assigned = await queryRows<{ id: string; assigned: number; read: number; acknowledged: number }>(
          t.database.db,
          sql`
          select u.id, count(a.id)::int as assigned, count(a.opened_at)::int as read, count(a.acknowledged_at)::int as acknowledged
          from units u join units au on au.path like u.path || '%' join dissemination_assignments a on a.unit_id = au.id and a.campaign_id = ${campaign.id}
          where u.agency_id = ${f.agencyId} group by u.id`,
        );
        const covered = await coverage(campaign.id);
        expect(new Map([...covered].map(([id, row]) => [id, { assigned: row.assigned, read: row.read, acknowledged: row.acknowledged }]))).toEqual(
          new Map(assigned.map(({ id, ...counts }) => [id, counts])),
        );
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
