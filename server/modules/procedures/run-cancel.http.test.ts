import { describe } from 'vitest';
import { expect, test, type ProceduresFixture } from '../../test/fixtures/index.js';

let f: ProceduresFixture;
test.beforeEach(({ procedures }) => {
  f = procedures;
});

type Client = ProceduresFixture['clients']['head'];
const states = (run: { steps: { state: string }[] }) => run.steps.map((s) => s.state);

async function handOver(owner: Client, reviewer: Client, taskId: string) {
  const task = (await owner.get(`/api/v1/tasks/${taskId}`)).json();
  if (task.status === 'assigned') await owner.post(`/api/v1/tasks/${taskId}/accept`, {});
  await owner.post(`/api/v1/tasks/${taskId}/submit`, { note: 'Đã xong' });
  expect((await reviewer.post(`/api/v1/tasks/${taskId}/accept-result`, { grade: 4 })).statusCode).toBe(200);
}

describe('cancelling a run', () => {
  test('lets the starter stop a run with a reason: the open step’s task is cancelled, the slip shows the run stopped', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn trùng' })).json();
    expect(run.abilities.canCancel).toBe(true);
    const cancelled = await f.clients.clerk.post(`/api/v1/procedure-runs/${run.id}/cancel`, { reason: 'Đơn trùng với hồ sơ ĐT-14' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      state: 'cancelled',
      cancellation: { by: { id: f.people.clerk.id }, reason: 'Đơn trùng với hồ sơ ĐT-14' },
      abilities: { canCancel: false, canPromise: false },
    });
    expect(states(cancelled.json())).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(cancelled.json().steps[0].taskStatus).toBe('cancelled');
    const task = (await f.clients.clerk.get(`/api/v1/tasks/${run.steps[0].taskId}`)).json();
    expect(task).toMatchObject({ status: 'cancelled' });
    const list = (await f.clients.clerk.get('/api/v1/procedure-runs?state=cancelled')).json();
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([run.id]);
    const slip = await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}/slip.xlsx`);
    expect(slip.statusCode).toBe(200);
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load(slip.rawPayload as unknown as ArrayBuffer);
    expect(String(book.worksheets[0].getRow(4).getCell(1).value)).toContain('Đã dừng lúc 02/03/2026 09:00 (Nguyễn Thị Lân): Đơn trùng với hồ sơ ĐT-14');
    expect(book.worksheets[0].getRow(7).getCell(10).value).toBe('Đã hủy');
  });

  test('lets the unit head stop a run whose step another person holds, through the work rules', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn thư' })).json();
    await handOver(f.clients.clerk, f.clients.head, run.steps[0].taskId);
    const second = (await f.clients.expert.get(`/api/v1/procedure-runs/${run.id}`)).json().steps[1];
    expect(second.state).toBe('open');
    const cancelled = await f.clients.head.post(`/api/v1/procedure-runs/${run.id}/cancel`, { reason: 'Công dân rút đơn' });
    expect(cancelled.statusCode).toBe(200);
    expect(states(cancelled.json())).toEqual(['done', 'cancelled', 'cancelled']);
    const task = (await f.clients.expert.get(`/api/v1/tasks/${second.taskId}`)).json();
    expect(task.status).toBe('cancelled');
    expect(task.abilities ?? []).not.toContain('submit');
  });

  test('refuses without a reason, to others, to a starter holding a step given to her, and once the run has ended', async () => {
    const { versionId } = await f.publishedProcedure();
    const run = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn thư' })).json();
    const path = `/api/v1/procedure-runs/${run.id}/cancel`;
    expect((await f.clients.clerk.post(path, {})).statusCode).toBe(400);
    const blank = await f.clients.clerk.post(path, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(JSON.stringify(blank.json().errors)).toContain('reason');
    // A person named on a step sees the run but does not stop it; another unit does not see it.
    const named = await f.clients.expert.post(path, { reason: 'Không muốn làm' });
    expect(named.statusCode).toBe(403);
    expect((await f.clients.outsider.post(path, { reason: 'Thử' })).statusCode).toBe(404);
    expect((await f.clients.clerk.post(`/api/v1/procedure-runs/${crypto.randomUUID()}/cancel`, { reason: 'Thử' })).statusCode).toBe(404);
    const unchanged = (await f.clients.clerk.get(`/api/v1/procedure-runs/${run.id}`)).json();
    expect(unchanged.state).toBe('running');
    expect(unchanged.steps[0].taskStatus).toBe('in_progress');

    expect((await f.clients.leader.post(path, { reason: 'Chuyển cơ quan khác giải quyết' })).statusCode).toBe(200);
    const again = await f.clients.clerk.post(path, { reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);

    // The starter named on step 2, which the head assigned when accepting step 1: dropping it is refused.
    const version = (await f.clients.clerk.get(`/api/v1/procedure-versions/${versionId}`)).json();
    const people = [{ stepId: version.steps[1].id, personId: f.people.clerk.id }];
    const own = (await f.clients.clerk.post(`/api/v1/procedure-versions/${versionId}/runs`, { subjectTitle: 'Đơn khác', people })).json();
    await handOver(f.clients.clerk, f.clients.head, own.steps[0].taskId);
    const refused = await f.clients.clerk.post(`/api/v1/procedure-runs/${own.id}/cancel`, { reason: 'Tự dừng' });
    expect(refused.statusCode).toBe(403);
    const still = (await f.clients.clerk.get(`/api/v1/procedure-runs/${own.id}`)).json();
    expect(still.state).toBe('running');
    expect(still.steps[1].taskStatus).not.toBe('cancelled');
  });
});
