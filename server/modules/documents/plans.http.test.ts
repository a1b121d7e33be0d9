import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { queryRows } from '../../db/client.js';
import { type DocumentsFixture, pdf } from '../../test/fixtures/documents.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';
import { planSteps } from '../../test/fixtures/plans.js';

let t: TestApp;
let f: DocumentsFixture;
let directiveId: string;
let planBody: ReturnType<typeof planSteps>['planBody'];
let targetBody: ReturnType<typeof planSteps>['targetBody'];
let taskBody: ReturnType<typeof planSteps>['taskBody'];
let createPlan: ReturnType<typeof planSteps>['createPlan'];
let addTarget: ReturnType<typeof planSteps>['addTarget'];
test.beforeEach(async ({ app, documents }) => {
  t = app;
  f = documents;
  directiveId = (await f.register()).id;
  ({ planBody, targetBody, taskBody, createPlan, addTarget } = planSteps(f, directiveId));
});

describe('implementation plans', () => {
  test('a leader issues the agency plan implementing the directive; it is a plan document linked to it', async () => {
    const plan = await createPlan();
    expect(plan).toMatchObject({
      document: { kind: 'plan', number: '15-KH/ĐU', isPlan: true, relations: [{ kind: 'implements', direction: 'outgoing', document: { id: directiveId } }] },
      implements: [{ id: directiveId, number: '24-CT/TU' }],
      unit: { id: f.root.id },
      targets: [],
      progress: { targets: 0, attainment: 0 },
      canWrite: true,
    });
    expect((await f.clients.staff.get(`/api/v1/plans/${plan.document.id}`)).json().canWrite).toBe(false);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_events where subject_id = ${plan.document.id} order by sequence`,
    );
    expect(audit.map((row) => row.action)).toEqual(['plan.created', 'document.created']);
  });

  test('names the bad fields; refuses a non-KH symbol, unknown directive or unit', async () => {
    const bad = await f.clients.leader.post('/api/v1/plans', { number: '15-CT/ĐU', title: '', issueDate: 'x', implementsDocumentId: 'x', unitId: f.root.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.number', 'body.title', 'body.issuingBody', 'body.issueDate', 'body.implementsDocumentId']),
    );
    expect((await f.clients.leader.post('/api/v1/plans', planBody({ implementsDocumentId: crypto.randomUUID() }))).json().errors[0].field).toBe(
      'body.implementsDocumentId',
    );
    expect((await f.clients.leader.post('/api/v1/plans', planBody({ unitId: crypto.randomUUID() }))).json().errors[0].field).toBe('body.unitId');
    expect((await f.clients.leader.get('/api/v1/documents?kind=plan')).json().items).toEqual([]);
  });

  test('a unit head plans for their own unit only; staff and inspectors do not plan; other agencies see nothing', async () => {
    const own = await createPlan({ number: '3-KH/BTG', unitId: f.department.id }, f.clients.head);
    expect(own.canWrite).toBe(true);
    expect((await f.clients.head.post('/api/v1/plans', planBody({ number: '4-KH/BTG', unitId: f.other.id }))).statusCode).toBe(403);
    expect((await f.clients.head.post('/api/v1/plans', planBody({ number: '5-KH/BTG' }))).statusCode).toBe(403);
    expect((await f.clients.staff.post('/api/v1/plans', planBody({ number: '6-KH/BTG' }))).statusCode).toBe(403);
    expect((await f.clients.inspector.post('/api/v1/plans', planBody({ number: '7-KH/BTG' }))).statusCode).toBe(403);
    expect((await f.clients.foreigner.get(`/api/v1/plans/${own.document.id}`)).statusCode).toBe(404);
    expect((await f.clients.leader.get(`/api/v1/plans/${directiveId}`)).statusCode).toBe(404);
    expect((await f.clients.otherHead.put(`/api/v1/plans/${own.document.id}`, { unitId: f.other.id, objectives: '' })).statusCode).toBe(403);
    const moved = await f.clients.leader.put(`/api/v1/plans/${own.document.id}`, { unitId: f.department.id, objectives: 'Mục đích mới' });
    expect(moved.json().objectives).toBe('Mục đích mới');
    expect((await f.clients.leader.put(`/api/v1/plans/${own.document.id}`, { unitId: 'x' })).json().errors[0].field).toBe('body.unitId');
  });

  test('the head of a plan’s unit also keeps the plan’s document: text, files, versions; nobody else outside the office does', async () => {
    const own = await createPlan({ number: '3-KH/BTG', unitId: f.department.id }, f.clients.head);
    const id = own.document.id;
    expect((await f.clients.head.get(`/api/v1/documents/${id}`)).json().canWrite).toBe(true);
    expect((await f.clients.otherHead.get(`/api/v1/documents/${id}`)).json().canWrite).toBe(false);
    expect((await f.clients.head.get(`/api/v1/documents/${directiveId}`)).json().canWrite).toBe(false);
    const body = {
      kind: 'plan',
      number: '3-KH/BTG',
      title: 'Kế hoạch của Ban Tuyên giáo thực hiện Chỉ thị 24',
      issuingBody: 'Ban Tuyên giáo',
      issueDate: '2026-02-20',
    };
    expect((await f.clients.head.put(`/api/v1/documents/${id}`, body)).json().title).toBe('Kế hoạch của Ban Tuyên giáo thực hiện Chỉ thị 24');
    expect((await f.upload(f.clients.head, `/api/v1/documents/${id}/versions`, 'ke-hoach.pdf', pdf, 'Bản ký')).json().currentVersion).toBe(2);
    expect((await f.clients.otherHead.put(`/api/v1/documents/${id}`, body)).statusCode).toBe(403);
    expect((await f.upload(f.clients.otherHead, `/api/v1/documents/${id}/files`, 'x.pdf', pdf)).statusCode).toBe(403);
    expect((await f.clients.head.put(`/api/v1/documents/${directiveId}`, { ...body, kind: 'directive', number: '24-CT/TU' })).statusCode).toBe(403);
    expect((await f.clients.head.put(`/api/v1/documents/${id}`, { ...body, kind: 'directive', number: '3-CT/BTG' })).json().errors[0].field).toBe('body.kind');
  });
});

describe('targets', () => {
  test('have one accountable person and a unit inside the plan’s unit; bad input names the fields', async () => {
    const plan = await createPlan();
    const withTarget = await addTarget(plan.document.id);
    expect(withTarget.targets).toMatchObject([
      {
        metric: 'Cán bộ, đảng viên được quán triệt Chỉ thị và 25 biểu hiện',
        targetValue: 100,
        reachedValue: 40,
        unit: { id: f.department.id, name: 'Ban Tuyên giáo' },
        accountablePerson: { id: f.people.head.id, fullName: 'Đặng Thu Hương' },
        progress: { targets: 1, attainment: 0.4 },
      },
    ]);
    const url = `/api/v1/plans/${plan.document.id}/targets`;
    const bad = await f.clients.leader.post(url, {
      metric: '',
      unitOfMeasure: '',
      targetValue: 0,
      reachedValue: -1,
      deadline: '2026-13-01',
      unitId: 'x',
      accountablePersonId: [f.people.head.id, f.people.staff.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        'body.metric',
        'body.unitOfMeasure',
        'body.targetValue',
        'body.reachedValue',
        'body.deadline',
        'body.unitId',
        'body.accountablePersonId',
      ]),
    );
    expect((await f.clients.leader.post(url, targetBody({ accountablePersonId: f.people.foreigner.id }))).json().errors[0].field).toBe(
      'body.accountablePersonId',
    );
    const unitPlan = await createPlan({ number: '3-KH/BTG', unitId: f.department.id }, f.clients.head);
    expect((await f.clients.head.post(`/api/v1/plans/${unitPlan.document.id}/targets`, targetBody({ unitId: f.other.id }))).json().errors[0].field).toBe(
      'body.unitId',
    );
    expect((await f.clients.staff.post(url, targetBody())).statusCode).toBe(403);
    expect((await f.clients.head.post(url, targetBody())).statusCode).toBe(403);
    expect((await f.clients.foreigner.post(url, targetBody())).statusCode).toBe(404);
  });

  test('are edited by the plan’s writers; the accountable person reports the value reached; each write is audited', async () => {
    const plan = await createPlan();
    const targetId = (await addTarget(plan.document.id)).targets[0].id;
    const url = `/api/v1/plans/${plan.document.id}/targets/${targetId}`;
    expect((await f.clients.staff.put(url, targetBody({ targetValue: 90 }))).statusCode).toBe(403);
    expect((await f.clients.leader.put(url, targetBody({ targetValue: 80 }))).json().targets[0].targetValue).toBe(80);
    expect((await f.clients.staff.post(`${url}/reached`, { reachedValue: 70 })).statusCode).toBe(403);
    const reported = await f.clients.head.post(`${url}/reached`, { reachedValue: 60 });
    expect(reported.statusCode).toBe(200);
    expect(reported.json().targets[0]).toMatchObject({ reachedValue: 60, canUpdateReached: true, progress: { attainment: 0.75 } });
    expect((await f.clients.head.post(`${url}/reached`, { reachedValue: 'nhiều' })).json().errors[0].field).toBe('body.reachedValue');
    expect((await f.clients.leader.put(`/api/v1/plans/${plan.document.id}/targets/${crypto.randomUUID()}`, targetBody())).statusCode).toBe(404);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_events where subject_id = ${plan.document.id} order by sequence`,
    );
    expect(audit.map((row) => row.action)).toEqual(['plan.created', 'document.created', 'plan.target_added', 'plan.target_updated', 'plan.target_reached']);
  });
});

describe('removing a target', () => {
  test('the plan’s writers remove a target set by mistake (audited); one with tasks stays, and nothing changes', async () => {
    const plan = await createPlan();
    await addTarget(plan.document.id);
    const [mistaken, assigned] = (await addTarget(plan.document.id, { metric: 'Chỉ tiêu nhập nhầm' })).targets
      .map((target: { id: string }) => target.id)
      .reverse();
    expect((await f.clients.head.post('/api/v1/tasks', taskBody(assigned))).statusCode).toBe(200);
    const url = (targetId: string) => `/api/v1/plans/${plan.document.id}/targets/${targetId}`;

    expect((await f.clients.staff.delete(url(mistaken))).statusCode).toBe(403);
    expect((await f.clients.leader.delete(url(crypto.randomUUID()))).statusCode).toBe(404);
    expect((await f.clients.leader.delete(url('khong-phai-uuid'))).statusCode).toBe(400);
    const refused = await f.clients.leader.delete(url(assigned));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'target_has_tasks', title: expect.any(String) });

    const removed = await f.clients.leader.delete(url(mistaken));
    expect(removed.statusCode).toBe(200);
    expect(removed.json().targets.map((target: { id: string }) => target.id)).toEqual([assigned]);
    expect((await f.clients.leader.delete(url(mistaken))).statusCode).toBe(404);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_events where subject_id = ${plan.document.id} order by sequence`,
    );
    expect(audit.map((row) => row.action).filter((action) => action === 'plan.target_removed')).toHaveLength(1);
  });
});

describe('tasks from a target', () => {
  test('the work module accepts a plan_target source, checks it exists and that the assigner may assign in its unit', async () => {
    const plan = await createPlan();
    const targetId = (await addTarget(plan.document.id)).targets[0].id;
    const created = await f.clients.head.post('/api/v1/tasks', taskBody(targetId));
    expect(created.statusCode).toBe(200);
    expect(created.json().source).toEqual({ kind: 'plan_target', id: targetId });
    const source = await f.clients.staff.get(`/api/v1/plan-targets/${targetId}`);
    expect(source.json()).toMatchObject({
      id: targetId,
      accountablePerson: { fullName: 'Đặng Thu Hương' },
      plan: { id: plan.document.id, number: '15-KH/ĐU' },
    });
    expect((await f.clients.foreigner.get(`/api/v1/plan-targets/${targetId}`)).statusCode).toBe(404);
    expect((await f.clients.head.post('/api/v1/tasks', taskBody(crypto.randomUUID()))).json().errors[0].field).toBe('body.source.id');
    expect((await f.clients.head.post('/api/v1/tasks', taskBody('x'))).json().errors[0].field).toBe('body.source.id');
    const otherTarget = (await addTarget(plan.document.id, { unitId: f.other.id, accountablePersonId: f.people.otherHead.id })).targets[1].id;
    // A head may not hang work on another unit's target, not even work for themselves.
    expect((await f.clients.head.post('/api/v1/tasks', taskBody(otherTarget, { ownerId: f.people.head.id }))).statusCode).toBe(403);
    expect((await f.clients.staff.post('/api/v1/tasks', taskBody(targetId, { ownerId: f.people.staff.id }))).statusCode).toBe(403);
    expect((await f.clients.foreigner.post('/api/v1/tasks', taskBody(targetId))).json().errors[0].field).toBe('body.unitId');
  });

  test('progress rolls up per target, unit and plan, equal to a direct count of the linked tasks', async () => {
    const plan = await createPlan();
    const planId = plan.document.id;
    const [first, second] = [
      (await addTarget(planId)).targets[0].id,
      (
        await addTarget(planId, {
          metric: 'Quy trình được ban hành',
          unitOfMeasure: 'quy trình',
          targetValue: 4,
          reachedValue: 1,
          unitId: f.other.id,
          accountablePersonId: f.people.otherHead.id,
        })
      ).targets[1].id,
    ];
    const make = async (targetId: string, dueDate: string, client = f.clients.head, owner = f.people.staff.id, unitId = f.department.id) => {
      const response = await client.post('/api/v1/tasks', taskBody(targetId, { due: { kind: 'date', dueDate }, ownerId: owner, unitId }));
      if (response.statusCode !== 200) throw new Error(response.body);
      return response.json().id as string;
    };
    const onTime = await make(first, '2026-03-04');
    const late = await make(first, '2026-03-02');
    const overdue = await make(first, '2026-03-02');
    const cancelled = await make(first, '2026-03-20');
    await make(first, '2026-03-20');
    await make(second, '2026-03-20', f.clients.otherHead, f.people.otherHead.id, f.other.id);
    const staffClient = f.clients.staff;
    await staffClient.post(`/api/v1/tasks/${onTime}/accept`, {});
    await staffClient.post(`/api/v1/tasks/${onTime}/submit`, { note: 'Xong' });
    await f.clients.head.post(`/api/v1/tasks/${onTime}/accept-result`, { grade: 4 });
    await f.clients.head.post(`/api/v1/tasks/${cancelled}/cancel`, { reason: 'Gộp vào nhiệm vụ khác' });
    // 00:30 on 03/03 in Hà Nội: work due on 02/03 is now late (sessions last 12 hours, so the clock moves less).
    t.clock.set(new Date('2026-03-02T17:30:00Z'));
    await staffClient.post(`/api/v1/tasks/${late}/accept`, {});
    await staffClient.post(`/api/v1/tasks/${late}/submit`, { note: 'Nộp muộn' });
    await f.clients.head.post(`/api/v1/tasks/${late}/accept-result`, { grade: 3 });
    expect(overdue).toBeTruthy();

    const response = await f.clients.staff.get(`/api/v1/plans/${planId}`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    const firstProgress = view.targets.find((target: { id: string }) => target.id === first).progress;
    expect(firstProgress.tasks).toEqual({ total: 4, completedOnTime: 1, completedLate: 1, openInTime: 1, openOverdue: 1 });
    expect(view.targets.find((target: { id: string }) => target.id === second).progress.tasks).toEqual({
      total: 1,
      completedOnTime: 0,
      completedLate: 0,
      openInTime: 1,
      openOverdue: 0,
    });
    expect(view.progress).toEqual({ targets: 2, attainment: 0.325, tasks: { total: 5, completedOnTime: 1, completedLate: 1, openInTime: 2, openOverdue: 1 } });
    expect(view.byUnit).toEqual(
      expect.arrayContaining([
        { unit: { id: f.department.id, name: 'Ban Tuyên giáo' }, targets: 1, attainment: 0.4, tasks: firstProgress.tasks },
        {
          unit: { id: f.other.id, name: 'Ban Phong trào' },
          targets: 1,
          attainment: 0.25,
          tasks: { total: 1, completedOnTime: 0, completedLate: 0, openInTime: 1, openOverdue: 0 },
        },
      ]),
    );

    // The same numbers, counted directly from each task the work module shows.
    const outcomes: Record<string, number> = { completed_on_time: 0, completed_late: 0, open_in_time: 0, open_overdue: 0 };
    const ids = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from tasks where source_kind = 'plan_target' and source_id in (${first}::uuid, ${second}::uuid)`,
    );
    for (const { id } of ids) {
      const outcome = (await f.clients.leader.get(`/api/v1/tasks/${id}`)).json().outcome as string | null;
      if (outcome) outcomes[outcome] += 1;
    }
    expect(outcomes).toEqual({ completed_on_time: 1, completed_late: 1, open_in_time: 2, open_overdue: 1 });
  });
});
