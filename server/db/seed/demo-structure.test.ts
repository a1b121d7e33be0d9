import { api, login } from '../../test/http.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoStructure } from './demo-structure.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
test.override('appOptions', { now: new Date('2026-03-10T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  run = `st${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoStructure(t.database.db, t.clock.now(), seeded, `${run}-`);
});

test('shows two recurring tasks with their first occurrences, and a task split into subtasks with a checklist', async () => {
  const head = api(t.app, await login(t.app, `${run}-truongban`, 'Congvu@2026'));
  const series = (await head.get('/api/v1/task-series')).json().items;
  expect(series.map((s: { title: string }) => s.title).sort()).toEqual([
    'Báo cáo kết quả công tác tháng của Ban Tuyên giáo',
    'Tổng hợp nội dung giao ban tuần',
  ]);
  // Tuesday 10/03/2026: March's last working day is 31/03; the first Friday 13/03.
  const firsts = series.map((s: { occurrences: { date: string; state: string }[] }) => s.occurrences.find((o) => o.state === 'created')?.date);
  expect(firsts.sort()).toEqual(['2026-03-13', '2026-03-31']);

  const staff = api(t.app, await login(t.app, `${run}-canbo1`, 'Congvu@2026'));
  const parent = (await staff.get('/api/v1/tasks?view=mine&q=hội nghị sơ kết'))
    .json()
    .items.find((i: { title: string }) => i.title.startsWith('Chuẩn bị hội nghị'));
  const subtasks = (await staff.get(`/api/v1/tasks/${parent.id}/subtasks`)).json();
  expect(subtasks.items.map((s: { owner: { fullName: string } }) => s.owner.fullName)).toEqual(['Trịnh Văn Dũng', 'Lý Thị Mai Anh']);
  expect((await staff.get(`/api/v1/tasks/${parent.id}/checklist`)).json().items).toHaveLength(2);
});
