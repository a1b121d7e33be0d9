import { describe } from 'vitest';
import type { DocumentsFixture } from '../../test/fixtures/documents.js';
import { expect, test } from '../../test/fixtures/index.js';
import { planSteps } from '../../test/fixtures/plans.js';

let f: DocumentsFixture;
let directiveId: string;
let targetBody: ReturnType<typeof planSteps>['targetBody'];
let taskBody: ReturnType<typeof planSteps>['taskBody'];
let createPlan: ReturnType<typeof planSteps>['createPlan'];
let addTarget: ReturnType<typeof planSteps>['addTarget'];
test.beforeEach(async ({ documents }) => {
  f = documents;
  directiveId = (await f.register()).id;
  ({ targetBody, taskBody, createPlan, addTarget } = planSteps(f, directiveId));
});

describe('traceability', () => {
  test('follows the directive to plans, targets, tasks and outcomes, naming who answers for each line', async () => {
    const plan = await createPlan();
    const targetId = (await addTarget(plan.document.id)).targets[0].id;
    await addTarget(plan.document.id, { metric: 'Đơn vị xây dựng quy trình', unitId: f.other.id, accountablePersonId: f.people.otherHead.id });
    await createPlan({ number: '3-KH/BTG', unitId: f.department.id, issueDate: '2026-02-25' }, f.clients.head);
    const taskId = (await f.clients.head.post('/api/v1/tasks', taskBody(targetId))).json().id;
    const trace = await f.clients.staff.get(`/api/v1/documents/${directiveId}/traceability`);
    expect(trace.statusCode).toBe(200);
    const body = trace.json();
    expect(body.document).toMatchObject({ number: '24-CT/TU', issuingBody: 'Ban Thường vụ Thành ủy Hà Nội' });
    expect(body.truncated).toBe(false);
    expect(
      body.lines.map((line: { plan: { number: string }; target: { metric: string } | null; task: { id: string } | null }) => [
        line.plan.number,
        line.target?.metric ?? null,
        line.task?.id ?? null,
      ]),
    ).toEqual([
      ['15-KH/ĐU', 'Cán bộ, đảng viên được quán triệt Chỉ thị và 25 biểu hiện', taskId],
      ['15-KH/ĐU', 'Đơn vị xây dựng quy trình', null],
      ['3-KH/BTG', null, null],
    ]);
    expect(body.lines[0]).toMatchObject({
      target: { accountablePerson: { fullName: 'Đặng Thu Hương' }, unit: { name: 'Ban Tuyên giáo' } },
      task: { status: 'assigned', outcome: 'open_in_time', owner: { fullName: 'Nguyễn Thị Lan' }, dueDate: '2026-03-06' },
    });
    expect(body.progress.tasks.total).toBe(1);
    expect((await f.clients.foreigner.get(`/api/v1/documents/${directiveId}/traceability`)).statusCode).toBe(404);
    expect((await f.clients.staff.get('/api/v1/documents/x/traceability')).statusCode).toBe(400);
  });
});

describe('traceability of tasks assigned from a plan document', () => {
  test('a task whose source is the plan document itself is a line of its plan without a target, before the targets', async () => {
    const plan = await createPlan({ number: '21-KH/ĐU' });
    const targetId = (await addTarget(plan.document.id)).targets[0].id;
    const bare = await createPlan({ number: '22-KH/BTG', unitId: f.department.id, issueDate: '2026-02-26' }, f.clients.head);
    const fromTarget = (await f.clients.head.post('/api/v1/tasks', taskBody(targetId))).json().id;
    const fromPlan = async (planId: string) => {
      const created = await f.clients.head.post('/api/v1/tasks', taskBody(targetId, { source: { kind: 'document', id: planId } }));
      expect(created.statusCode, created.body).toBe(200);
      return created.json().id as string;
    };
    const [planTask, barePlanTask] = [await fromPlan(plan.document.id), await fromPlan(bare.document.id)];
    const body = (await f.clients.staff.get(`/api/v1/documents/${directiveId}/traceability`)).json();
    const lines = body.lines
      .map((line: { plan: { number: string }; target: { id: string } | null; task: { id: string } | null }) => [
        line.plan.number,
        line.target?.id ?? null,
        line.task?.id ?? null,
      ])
      .filter(([number]: string[]) => number === '21-KH/ĐU' || number === '22-KH/BTG');
    expect(lines).toEqual([
      ['21-KH/ĐU', null, planTask],
      ['21-KH/ĐU', targetId, fromTarget],
      ['22-KH/BTG', null, barePlanTask],
    ]);
  });
});

describe('malformed and unknown ids', () => {
  test('every plan and document route answers 400 on a malformed id and 404 on an unknown one', async () => {
    const unknown = crypto.randomUUID();
    const target = targetBody();
    const routes: [method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: (id: string) => string, body?: unknown][] = [
      ['GET', (id) => `/api/v1/plans/${id}`],
      ['PUT', (id) => `/api/v1/plans/${id}`, { unitId: f.root.id, objectives: '' }],
      ['POST', (id) => `/api/v1/plans/${id}/targets`, target],
      ['PUT', (id) => `/api/v1/plans/${id}/targets/${unknown}`, target],
      ['POST', (id) => `/api/v1/plans/${id}/targets/${unknown}/reached`, { reachedValue: 1 }],
      ['GET', (id) => `/api/v1/documents/${id}/traceability`],
      ['GET', (id) => `/api/v1/plan-targets/${id}`],
      ['GET', (id) => `/api/v1/documents/${id}`],
      ['PUT', (id) => `/api/v1/documents/${id}`, { kind: 'directive', number: '1-CT/TU', title: 'X', issuingBody: 'Y', issueDate: '2023-08-07' }],
      ['GET', (id) => `/api/v1/documents/${id}/files/${unknown}`],
      ['POST', (id) => `/api/v1/documents/${id}/relations`, { kind: 'amends', targetDocumentId: directiveId }],
      ['DELETE', (id) => `/api/v1/documents/${id}/relations/${unknown}`],
    ];
    for (const [method, path, body] of routes) {
      const malformed = await f.clients.leader.send(method, path('x'), body);
      expect(malformed.statusCode, `${method} ${path('x')}`).toBe(400);
      expect(malformed.json().errors[0].field).toBe('params.id');
      expect((await f.clients.leader.send(method, path(unknown), body)).statusCode, `${method} ${path(unknown)}`).toBe(404);
    }
  });
});
