import { createDocumentsFixture, DOCUMENTS_TEST_START, type DocumentsFixture } from '../../test/fixtures/documents.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let f: DocumentsFixture;
test.override('appOptions', { now: DOCUMENTS_TEST_START });
test.beforeAll(async ({ app }) => {
  t = app;
  f = await createDocumentsFixture(t.app, t.database.db);
});

const metrics = (response: { json: () => { items: { metric: string }[] } }) => response.json().items.map((item) => item.metric);

test('offers each assigner only the targets they may assign work for, searchable, and a picked one becomes the task’s source', async () => {
  const directiveId = (await f.register()).id;
  const created = await f.clients.leader.post('/api/v1/plans', {
    number: '15-KH/ĐU',
    title: 'Kế hoạch thực hiện Chỉ thị số 24-CT/TU',
    issuingBody: 'Đảng ủy cơ quan',
    issueDate: '2026-02-20',
    implementsDocumentId: directiveId,
    unitId: f.root.id,
    objectives: 'Quán triệt',
  });
  expect(created.statusCode, created.body).toBe(200);
  const plan = created.json();
  const target = (unitId: string, metric: string, accountablePersonId: string) =>
    f.clients.leader.post(`/api/v1/plans/${plan.document.id}/targets`, {
      metric,
      unitOfMeasure: '%',
      targetValue: 100,
      deadline: '2026-06-30',
      unitId,
      accountablePersonId,
    });
  for (const made of [
    await target(f.department.id, 'Cán bộ được quán triệt Chỉ thị', f.people.head.id),
    await target(f.other.id, 'Đoàn viên tham gia phong trào', f.people.otherHead.id),
  ])
    expect(made.statusCode, made.body).toBe(200);

  expect(metrics(await f.clients.leader.get('/api/v1/plan-targets')).sort()).toEqual(['Cán bộ được quán triệt Chỉ thị', 'Đoàn viên tham gia phong trào']);
  const headSees = await f.clients.head.get('/api/v1/plan-targets');
  expect(headSees.statusCode).toBe(200);
  expect(headSees.json().items).toEqual([
    expect.objectContaining({ metric: 'Cán bộ được quán triệt Chỉ thị', plan: expect.objectContaining({ number: '15-KH/ĐU' }) }),
  ]);
  expect(metrics(await f.clients.staff.get('/api/v1/plan-targets'))).toEqual([]);
  expect(metrics(await f.clients.foreigner.get('/api/v1/plan-targets'))).toEqual([]);
  // By the plan's number or title without diacritics, or by words of the metric.
  expect(metrics(await f.clients.leader.get(`/api/v1/plan-targets?q=${encodeURIComponent('chi thi so 24')}`))).toHaveLength(2);
  expect(metrics(await f.clients.leader.get(`/api/v1/plan-targets?q=${encodeURIComponent('phong trào')}`))).toEqual(['Đoàn viên tham gia phong trào']);
  expect(metrics(await f.clients.leader.get('/api/v1/plan-targets?q=100%25'))).toEqual([]);

  const picked = headSees.json().items[0];
  const task = await f.clients.head.post('/api/v1/tasks', {
    title: 'Tổ chức hội nghị quán triệt',
    expectedOutput: 'Biên bản hội nghị',
    unitId: f.department.id,
    ownerId: f.people.staff.id,
    startDate: '2026-03-02',
    due: { kind: 'date', dueDate: '2026-03-06' },
    source: { kind: 'plan_target', id: picked.id },
  });
  expect(task.statusCode).toBe(200);
  expect(task.json().source).toEqual({ kind: 'plan_target', id: picked.id });
  expect((await f.clients.head.get(`/api/v1/plan-targets?q=${'x'.repeat(201)}`)).statusCode).toBe(400);
});
