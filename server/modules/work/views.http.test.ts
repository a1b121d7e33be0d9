import { describe, expect, it } from 'vitest';
import { createAccounts } from '../auth/index.js';
import { createUnit, createUser, TEST_PASSWORD, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { type TestApp } from '../../test/test-app.js';
import { useWorkFixture, type WorkFixture } from '../../test/work-fixture.js';

let t: TestApp;
let f: WorkFixture;
useWorkFixture((app, fixture) => {
  t = app;
  f = fixture;
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
  it('returns two levels below the root by default, each summing its whole subtree, and marks units with more below', async () => {
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

  it('goes deeper on request, or from a chosen unit as the root', async () => {
    const { team, subteam } = await deepTree();
    const deeper = byId((await f.clients.leader.get('/api/v1/tasks/dashboard?levels=3')).json().units);
    expect(deeper.get(subteam.id)).toMatchObject({ open: 1, hasChildren: false });
    const fromTeam: Row[] = (await f.clients.leader.get(`/api/v1/tasks/dashboard?unitId=${team.id}`)).json().units;
    expect(fromTeam.map((row) => row.unitId)).toEqual([team.id, subteam.id]);
  });

  it('refuses a level count outside 1–6, naming the field', async () => {
    const response = await f.clients.leader.get('/api/v1/tasks/dashboard?levels=0');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('levels');
  });
});

describe('an account without a person', () => {
  it('owns and decides nothing: its own lists are empty, not an error', async () => {
    const [account] = await t.database.db.transaction((tx) =>
      createAccounts(tx, [{ agencyId: f.agencyId, personId: null, username: `admin-${uniqueSuffix()}`, displayName: 'Quản trị', password: TEST_PASSWORD, roles: ['agency_admin'] }]),
    );
    const admin = api(t.app, await login(t.app, account.username));
    for (const view of ['mine', 'awaiting_my_decision']) {
      const page = await admin.get(`/api/v1/tasks?view=${view}`);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toEqual({ items: [], nextCursor: null });
    }
  });
});
