import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createWorkFixture, WORK_TEST_START, type WorkFixture } from '../../test/work-fixture.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Wednesday 01/04/2026, 09:00 in Hà Nội: March is over and can be evaluated. */
export const EVALUATION_OPENED_AT = new Date('2026-04-01T02:00:00Z');

const at = (iso: string) => new Date(iso);

/**
 * March 2026 in the work fixture's department, through the real work API: Lan's report is submitted 2 working
 * days late (due Wed 04/03, submitted Fri 06/03) and accepted with grade 4; her plan is returned once and then
 * accepted on time with grade 5; Minh's task is on time with grade 5. Then the clock moves to 01/04.
 */
export async function recordMarchWork(t: TestApp, f: WorkFixture) {
  const late = await f.assign({ title: 'Báo cáo sơ kết quý I', due: { kind: 'date', dueDate: '2026-03-04' } });
  const returned = await f.assign({ title: 'Kế hoạch tuyên truyền tháng 4', due: { kind: 'date', dueDate: '2026-03-20' } });
  const minhs = await f.assign({ title: 'Tổng hợp ý kiến góp ý', ownerId: f.people.minh.id, due: { kind: 'date', dueDate: '2026-03-10' } });
  for (const task of [late, returned]) await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
  await f.clients.minh.post(`/api/v1/tasks/${minhs.id}/accept`, {});
  await f.clients.minh.post(`/api/v1/tasks/${minhs.id}/submit`, { note: 'Đã tổng hợp' });
  await f.clients.head.post(`/api/v1/tasks/${minhs.id}/accept-result`, { grade: 5 });
  t.clock.set(at('2026-03-06T03:00:00Z'));
  await f.logInAgain();
  await f.clients.lan.post(`/api/v1/tasks/${late.id}/submit`, { note: 'Nộp báo cáo' });
  await f.clients.head.post(`/api/v1/tasks/${late.id}/accept-result`, { grade: 4 });
  t.clock.set(at('2026-03-16T03:00:00Z'));
  await f.logInAgain();
  await f.clients.lan.post(`/api/v1/tasks/${returned.id}/submit`, { note: 'Dự thảo kế hoạch' });
  await f.clients.head.post(`/api/v1/tasks/${returned.id}/return`, { reason: 'Thiếu dự toán kinh phí' });
  await f.clients.lan.post(`/api/v1/tasks/${returned.id}/submit`, { note: 'Đã bổ sung dự toán' });
  await f.clients.head.post(`/api/v1/tasks/${returned.id}/accept-result`, { grade: 5 });
  t.clock.set(EVALUATION_OPENED_AT);
  await f.logInAgain();
  return { late, returned, minhs };
}

export function useEvaluationFixture(use: (app: TestApp, fixture: WorkFixture, tasks: Awaited<ReturnType<typeof recordMarchWork>>) => void) {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  beforeEach(async () => {
    app.clock.set(WORK_TEST_START);
    const fixture = await createWorkFixture(app.app, app.database.db);
    use(app, fixture, await recordMarchWork(app, fixture));
  });
  afterAll(() => app.close());
}

/** Opens March 2026 for the department as its head and returns the period and everyone's scorecard by key. */
export async function openMarch(f: WorkFixture) {
  const response = await f.clients.head.post('/api/v1/evaluation/periods', { unitId: f.department.id, kind: 'month', startsOn: '2026-03-01' });
  if (response.statusCode !== 200) throw new Error(`open failed: ${response.statusCode} ${response.body}`);
  const period = response.json() as { id: string; [key: string]: unknown };
  const table = (await f.clients.head.get(`/api/v1/evaluation/periods/${period.id}/scorecards?limit=100`)).json() as {
    items: { id: string; person: { id: string } }[];
  };
  const idOf = (personId: string) => table.items.find((item) => item.person.id === personId)!.id;
  return { period, cards: { head: idOf(f.people.head.id), lan: idOf(f.people.lan.id), minh: idOf(f.people.minh.id) } };
}
