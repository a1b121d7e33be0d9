import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoSchedule } from './demo-schedule.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
// Thursday 10/12/2026, 10:00 in Hà Nội.
test.override('appOptions', { now: new Date('2026-12-10T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  run = `ws${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoSchedule(t.database.db, t.clock.now(), seeded, `${run}-`);
});

test('publishes the current week’s schedule, one entry adjusted, for staff and on the portal', async () => {
  const staff = api(t.app, await login(t.app, `${run}-canbo1`, 'Congvu@2026'));
  const week = (await staff.get('/api/v1/weekly-schedules')).json();
  expect(week).toMatchObject({ weekStart: '2026-12-07', schedule: { status: 'published', isPublic: true, approvedByName: 'Lê Thị Thanh Hà' } });
  expect(week.entries).toHaveLength(5);
  expect(week.entries.filter((entry: { changeNote: string | null }) => entry.changeNote)).toEqual([
    expect.objectContaining({ content: 'Tiếp công dân định kỳ', changeNote: 'Địa điểm: Phòng tiếp công dân → Trụ sở Tiếp công dân thành phố' }),
  ]);
  const page = await t.app.inject({ url: `/lich-cong-tac?co-quan=DEMO-${run}` });
  expect(page.body).toContain('Giao ban Thường trực Ủy ban đầu tuần');
});
