import { expect, test, type WorkFixture } from '../../test/fixtures/index.js';
import { countListed, OPEN_STATUSES as OPEN } from '../../test/fixtures/work.js';

let f: WorkFixture;
test.beforeEach(({ work }) => {
  f = work;
});

test('the counters the lists show as their totals ("1–20 / 134") count exactly the tasks those lists page through', async () => {
  const tasks = [];
  for (let index = 0; index < 5; index++) tasks.push(await f.assign({ title: `Nhiệm vụ ${index + 1}` }));
  await f.assign({ ownerId: f.people.minh.id });
  await f.clients.lan.post(`/api/v1/tasks/${tasks[0].id}/accept`, {});
  await f.clients.lan.post(`/api/v1/tasks/${tasks[1].id}/accept`, {});
  await f.clients.lan.post(`/api/v1/tasks/${tasks[1].id}/transfer`, { reasonCode: 'workload', reason: 'Đang phụ trách hội nghị' });
  await f.clients.lan.post(`/api/v1/tasks/${tasks[0].id}/submit`, { note: 'Đã xong' });
  await f.clients.head.post(`/api/v1/tasks/${tasks[0].id}/accept-result`, { grade: 4 });
  await f.clients.head.post(`/api/v1/tasks/${tasks[2].id}/cancel`, { reason: 'Không còn cần' });

  const summary = (await f.clients.lan.get('/api/v1/tasks/summary')).json();
  expect(summary.open).toBe(3);
  expect(await countListed(f.clients.lan, `view=mine&${OPEN}`)).toBe(summary.open);
  expect(await countListed(f.clients.lan, 'view=mine&status=assigned')).toBe(summary.awaitingAcceptance);
  const headSummary = (await f.clients.head.get('/api/v1/tasks/summary')).json();
  expect(headSummary.awaitingMyDecision).toBe(1);
  expect(await countListed(f.clients.head, 'view=awaiting_my_decision')).toBe(headSummary.awaitingMyDecision);

  const dashboard = (await f.clients.head.get(`/api/v1/tasks/dashboard?unitId=${f.department.id}`)).json();
  const unitOpen = dashboard.units.find((row: { unitId: string }) => row.unitId === f.department.id).open;
  expect(unitOpen).toBe(4);
  expect(await countListed(f.clients.head, `view=unit&unitId=${f.department.id}&${OPEN}`)).toBe(unitOpen);
  expect(await countListed(f.clients.leader, `view=unit&unitId=${f.department.id}&${OPEN}`)).toBe(unitOpen);
});
