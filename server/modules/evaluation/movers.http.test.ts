import { describe } from 'vitest';
import { createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { EVALUATION_OPENED_AT, openMarch } from '../../test/fixtures/evaluation.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

describe('evaluation: someone who moved unit during the period', () => {
  let t: TestApp;
  let f: WorkFixture;
  // Asking for `evaluation` records March's work in the fixture's department first.
  test.beforeEach(({ app, work, evaluation: _march }) => {
    t = app;
    f = work;
  });

  /** Moves Minh from the department to a new team on the given March day (09:00 in Hà Nội). */
  async function moveMinhOn(day: string) {
    const team = await createUnit(t.database.db, f.department, { name: 'Tổ Thông tin' });
    const admin = await createUser(t.database.db, f.root, ['agency_admin']);
    t.clock.set(new Date(`${day}T02:00:00Z`));
    expect((await api(t.app, await login(t.app, admin.username)).post(`/api/v1/people/${f.people.minh.id}/move`, { unitId: team.id })).statusCode).toBe(200);
    t.clock.set(EVALUATION_OPENED_AT);
    await f.logInAgain();
    return team;
  }

  test('is rated where they worked most, not where they are now, and the scorecard says so', async () => {
    const team = await moveMinhOn('2026-03-25');
    const { cards } = await openMarch(f);
    const card = (await f.clients.head.get(`/api/v1/evaluation/scorecards/${cards.minh}`)).json();
    expect(card.unit).toEqual({ id: f.department.id, name: 'Ban Tuyên giáo' });
    expect(card.placement.units).toEqual([
      { unitId: f.department.id, unitName: 'Ban Tuyên giáo', days: 24 },
      { unitId: team.id, unitName: 'Tổ Thông tin', days: 7 },
    ]);
    expect(card.decider).toMatchObject({ id: f.people.head.id });
    // Those who did not move carry no placement.
    expect((await f.clients.head.get(`/api/v1/evaluation/scorecards/${cards.lan}`)).json().placement).toBeNull();
  });

  test('is rated in the new unit when most of the period was spent there', async () => {
    const team = await moveMinhOn('2026-03-05');
    const { cards } = await openMarch(f);
    const card = (await f.clients.leader.get(`/api/v1/evaluation/scorecards/${cards.minh}`)).json();
    expect(card.unit.id).toBe(team.id);
    expect(card.placement.units).toEqual([
      { unitId: f.department.id, unitName: 'Ban Tuyên giáo', days: 4 },
      { unitId: team.id, unitName: 'Tổ Thông tin', days: 27 },
    ]);
  });
});
