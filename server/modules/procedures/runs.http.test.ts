import { describe } from 'vitest';
import { expect, test, type TestApp, type ProceduresFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: ProceduresFixture;
test.beforeEach(({ app, procedures }) => {
  t = app;
  f = procedures;
});

type Client = ProceduresFixture['clients']['head'];
const hours = (n: number) => n * 3_600_000;

/** The owner takes the step's task and submits; the reviewer accepts the result. */
async function handOver(owner: Client, reviewer: Client, taskId: string) {
  const task = (await owner.get(`/api/v1/tasks/${taskId}`)).json();
  // A step given to the person who moved the run on starts in progress: nobody accepts their own assignment.
  if (task.status === 'assigned') expect((await owner.post(`/api/v1/tasks/${taskId}/accept`, {})).statusCode).toBe(200);
  expect((await owner.post(`/api/v1/tasks/${taskId}/submit`, { note: 'Đã xong' })).statusCode).toBe(200);
  const accepted = await reviewer.post(`/api/v1/tasks/${taskId}/accept-result`, { grade: 4 });
  expect(accepted.statusCode).toBe(200);
}

describe('running a procedure', () => {
  test('opens one task per step in turn, each with its named person, and fills the hand-over slip', async () => {
    const { versionId } = await f.publishedProcedure();
    const started = await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, {
      subjectTitle: 'Đơn của bà Trần Thị B',
      reference: 'ĐT-15/2026',
    });
    expect(started.statusCode).toBe(200);
    const run = started.json();
    // 4 h + 2 days + 1 day from Monday 09:00: Thursday 13:00.
    expect(run).toMatchObject({ state: 'running', dueDate: '2026-03-05', edition: 1 });
    expect(run.steps.map((s: { state: string }) => s.state)).toEqual(['open', 'waiting', 'waiting']);
    const first = run.steps[0];
    expect(first).toMatchObject({ person: { id: f.people.clerk.id }, holder: { id: f.people.clerk.id }, dueDate: '2026-03-02', taskStatus: 'in_progress' });
    const task = (await f.clients.clerk.get(`/api/v1/tasks/${first.taskId}`)).json();
    expect(task).toMatchObject({ source: { kind: 'procedure_step' }, owner: { id: f.people.clerk.id }, assigner: { id: f.people.clerk.id } });

    t.clock.advanceMs(hours(2));
    // The clerk assigned her own step, so the unit head accepts its result.
    await handOver(f.clients.clerk, f.clients.head, first.taskId);
    const afterFirst = (await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}`)).json();
    expect(afterFirst.steps.map((s: { state: string }) => s.state)).toEqual(['done', 'open', 'waiting']);
    expect(afterFirst.steps[0]).toMatchObject({ usedHours: 2, isLate: false });
    expect(afterFirst.steps[1]).toMatchObject({ person: { id: f.people.expert.id }, holder: { id: f.people.expert.id }, dueDate: '2026-03-04' });

    t.clock.advanceMs(hours(1));
    await handOver(f.clients.expert, f.clients.head, afterFirst.steps[1].taskId);
    const afterSecond = (await f.clients.head.get(`/api/v1/procedure-runs/${run.id}`)).json();
    t.clock.advanceMs(hours(1));
    await handOver(f.clients.head, f.clients.leader, afterSecond.steps[2].taskId);
    const done = (await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}`)).json();
    expect(done.state).toBe('completed');
    expect(done.isOverdue).toBe(false);
    expect(done.steps.every((s: { state: string; isLate: boolean }) => s.state === 'done' && s.isLate === false)).toBe(true);

    const slip = await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}/slip.xlsx`);
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toContain('spreadsheetml');
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load(slip.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(7).getCell(2).value).toBe('Tiếp nhận, vào sổ');
    expect(sheet.getRow(7).getCell(10).value).toBe('Đúng hạn');
  });

  test('refuses to start when a step has nobody, naming the step, and accepts a person chosen at start', async () => {
    const { versionId } = await f.publishedProcedure({
      steps: [
        { name: 'Tiếp nhận', unitId: f.office.id, defaultPersonId: f.people.clerk.id, limitValue: 1, limitUnit: 'working_days' },
        { name: 'Thẩm tra hồ sơ', unitId: f.office.id, limitValue: 1, limitUnit: 'working_days' },
      ],
    });
    const refused = await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Hồ sơ A' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message.vi).toContain('Bước 2 «Thẩm tra hồ sơ»');
    expect((await f.clients.clerk.get('/api/v1/procedure-runs')).json().items).toEqual([]);
    const version = (await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}`)).json();
    const people = [{ stepId: version.steps[1].id, personId: f.people.expert.id }];
    const started = await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Hồ sơ A', people });
    expect(started.statusCode).toBe(200);
    expect(started.json().steps[1].person.id).toBe(f.people.expert.id);
    const strangers = await f.clients.outsider.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Hồ sơ B', people });
    expect(strangers.statusCode).toBe(403);
    const unknown = await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, {
      subjectTitle: 'Hồ sơ C',
      people: [{ stepId: version.steps[1].id, personId: crypto.randomUUID() }],
    });
    expect(unknown.statusCode).toBe(400);
    expect((await f.clients.outsider.get(`/api/v1/procedure-runs/${started.json().id}`)).statusCode).toBe(404);
  });

  test('opens parallel steps together and a step without acceptance as soon as the result is submitted', async () => {
    const { versionId } = await f.publishedProcedure({
      steps: [
        { name: 'Soạn thảo', unitId: f.office.id, defaultPersonId: f.people.expert.id, limitValue: 1, limitUnit: 'working_days' },
        { name: 'Lấy ý kiến', unitId: f.office.id, defaultPersonId: f.people.clerk.id, limitValue: 1, limitUnit: 'working_days', isParallel: true },
        { name: 'Trình ký', unitId: f.office.id, defaultPersonId: f.people.head.id, limitValue: 1, limitUnit: 'working_days', needsAcceptance: false },
      ],
    });
    const run = (await f.clients.head.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Dự thảo báo cáo' })).json();
    expect(run.steps.map((s: { state: string }) => s.state)).toEqual(['open', 'open', 'waiting']);
    await handOver(f.clients.expert, f.clients.head, run.steps[0].taskId);
    expect((await f.clients.head.get(`/api/v1/procedure-runs/${run.id}`)).json().steps[2].state).toBe('waiting');
    await f.clients.clerk.post(`/api/v1/tasks/${run.steps[1].taskId}/accept`, {});
    await f.clients.clerk.post(`/api/v1/tasks/${run.steps[1].taskId}/submit`, { note: 'Đã tổng hợp ý kiến' });
    expect((await f.clients.head.get(`/api/v1/procedure-runs/${run.id}`)).json().steps.map((s: { state: string }) => s.state)).toEqual([
      'done',
      'open',
      'open',
    ]);
  });

  test('lets the starter record a late run’s reason and new date, counted; refuses a date before the limit', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn khiếu nại' })).json();
    expect((await f.clients.clerk.post(`/api/v1/procedure-runs/${run.id}/promise`, { promisedDate: '2026-03-04', reason: 'Chờ xác minh' })).statusCode).toBe(
      400,
    );
    expect((await f.clients.expert.post(`/api/v1/procedure-runs/${run.id}/promise`, { promisedDate: '2026-03-10', reason: 'Chờ xác minh' })).statusCode).toBe(
      403,
    );
    const promised = await f.clients.clerk.post(`/api/v1/procedure-runs/${run.id}/promise`, { promisedDate: '2026-03-10', reason: 'Chờ cơ quan khác trả lời' });
    expect(promised.json()).toMatchObject({ promisedDate: '2026-03-10', promiseReason: 'Chờ cơ quan khác trả lời', promiseCount: 1 });
    expect(
      (await f.clients.head.post(`/api/v1/procedure-runs/${run.id}/promise`, { promisedDate: '2026-03-12', reason: 'Thêm tài liệu' })).json().promiseCount,
    ).toBe(2);
    expect((await f.clients.clerk.post(`/api/v1/procedure-runs/${run.id}/promise`, { promisedDate: 'mai', reason: '' })).statusCode).toBe(400);
  });

  test('refuses a task form naming a procedure step: the run opens step tasks itself', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn thư' })).json();
    const runStepId = (await f.clients.clerk.get(`/api/v1/tasks/${run.steps[0].taskId}`)).json().source.id;
    const body = {
      title: 'Việc thêm',
      expectedOutput: 'Báo cáo',
      unitId: f.office.id,
      ownerId: f.people.expert.id,
      startDate: '2026-03-02',
      due: { kind: 'working_days', workingDays: 2 },
    };
    const refused = await f.clients.head.post('/api/v1/tasks', { ...body, source: { kind: 'procedure_step', id: runStepId } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('procedure_step_opened_by_run');
    expect((await f.clients.head.post('/api/v1/tasks', { ...body, source: { kind: 'procedure_step', id: crypto.randomUUID() } })).statusCode).toBe(400);
  });
});
