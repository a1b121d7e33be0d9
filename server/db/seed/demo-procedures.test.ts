import { eq } from 'drizzle-orm';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { procedureRuns } from '../schema/index.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoProcedures } from './demo-procedures.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
// Wednesday 11/03/2026, 10:00 in Hà Nội.
test.override('appOptions', { now: new Date('2026-03-11T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  run = `qt${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoProcedures(t.database.db, t.clock.now(), seeded, `${run}-`);
}, 300_000);

test('gives Văn phòng and each Ban published procedures with runs on time, late, in progress and waiting past their limit', async () => {
  const leader = api(t.app, await login(t.app, `${run}-lanhdao`, 'Congvu@2026'));
  const procedures = (await leader.get('/api/v1/procedures?limit=50')).json().items;
  expect(procedures.map((p: { code: string }) => p.code).sort()).toEqual(['QT-01/BDCPL', 'QT-01/BPT', 'QT-01/BTCKT', 'QT-01/BTG', 'QT-01/VP', 'QT-02/VP']);
  expect(procedures.every((p: { latestStatus: string }) => p.latestStatus === 'published')).toBe(true);
  const runs = await t.database.db.select().from(procedureRuns).where(eq(procedureRuns.agencyId, seeded.agencyId));
  const today = '2026-03-11';
  const finishedLate = runs.filter((r) => r.state === 'completed' && r.completedAt && r.completedAt.toISOString().slice(0, 10) > r.dueDate);
  expect(runs.filter((r) => r.state === 'completed').length).toBeGreaterThan(finishedLate.length);
  expect(finishedLate.length).toBeGreaterThan(0);
  expect(runs.filter((r) => r.state === 'running' && r.dueDate >= today).length).toBeGreaterThan(0);
  expect(runs.filter((r) => r.state === 'running' && r.promisedDate !== null).length).toBeGreaterThan(0);

  const office = procedures.find((p: { code: string }) => p.code === 'QT-01/VP');
  const radar = (await leader.get(`/api/v1/procedure-versions/${office.publishedVersionId}/radar`)).json();
  expect(radar.steps[0].finished).toBeGreaterThan(1);
  expect(radar.steps.some((s: { lateShare: number | null }) => (s.lateShare ?? 0) > 0)).toBe(true);
  expect(radar.steps.reduce((sum: number, s: { waitingNow: number }) => sum + s.waitingNow, 0)).toBeGreaterThan(0);

  const matrix = (await leader.get(`/api/v1/responsibility/matrix?unitId=${seeded.unitIdByCode.get('VP')}`)).json();
  expect(matrix.items.filter((i: { flag: string | null }) => i.flag === 'no_person').map((i: { label: string }) => i.label)).toEqual([
    '5. Phát hành, lưu hồ sơ',
  ]);
});
