import { describe } from 'vitest';
import { createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

type Client = WorkFixture['clients']['lan'];

/** A command answers with the task as it is now: exactly what the same person reads right after. */
async function expectAnswerIsTheTask(client: Client, path: string, body: object) {
  const answer = await client.post(path, body);
  expect(answer.statusCode, answer.body).toBe(200);
  const id = answer.json().id as string;
  const read = await client.get(`/api/v1/tasks/${id}`);
  expect(answer.json()).toEqual(read.json());
  return answer.json();
}

describe('a command answers with the task as GET /tasks/:id shows it right after', () => {
  test('through the lifecycle, with collaborators, a transfer and a new owner', async () => {
    const created = await expectAnswerIsTheTask(f.clients.head, '/api/v1/tasks', {
      title: 'Xây dựng quy trình tiếp nhận văn bản đến',
      description: 'Theo Quy định 12',
      expectedOutput: 'Dự thảo quy trình',
      unitId: f.department.id,
      ownerId: f.people.lan.id,
      collaboratorIds: [f.people.minh.id],
      collaboratorUnitIds: [f.other.id],
      priority: 'high',
      startDate: '2026-03-02',
      due: { kind: 'date', dueDate: '2026-03-13' },
    });
    expect(created.collaborators).toEqual([{ id: f.people.minh.id, fullName: 'Trần Văn Minh' }]);
    expect(created.collaboratorUnits).toEqual([{ id: f.other.id, name: 'Ban Phong trào' }]);
    const task = `/api/v1/tasks/${created.id}`;
    await expectAnswerIsTheTask(f.clients.lan, `${task}/accept`, {});
    await expectAnswerIsTheTask(f.clients.lan, `${task}/progress`, { percent: 40, note: 'Đã có đề cương' });
    await expectAnswerIsTheTask(f.clients.minh, `${task}/comments`, { text: 'Tôi gửi số liệu chiều nay' });
    const requested = await expectAnswerIsTheTask(f.clients.lan, `${task}/transfer`, {
      reasonCode: 'workload',
      reason: 'Đang chủ trì hội nghị',
      newOwnerId: f.people.minh.id,
    });
    expect(requested.openRequest).toMatchObject({ kind: 'transfer', proposedOwner: { id: f.people.minh.id, fullName: 'Trần Văn Minh' } });
    const approved = await expectAnswerIsTheTask(f.clients.head, `${task}/transfer/approve`, { newOwnerId: f.people.minh.id });
    expect(approved.openRequest).toMatchObject({ stage: 'approved', proposedOwner: { fullName: 'Trần Văn Minh' } });
    const moved = await expectAnswerIsTheTask(f.clients.minh, `${task}/transfer/respond`, { response: 'accept' });
    expect(moved).toMatchObject({ owner: { id: f.people.minh.id, fullName: 'Trần Văn Minh' }, counters: { transfers: 1 } });
    await expectAnswerIsTheTask(f.clients.minh, `${task}/extension`, { newDueDate: '2026-03-20', reason: 'Chờ số liệu' });
    await expectAnswerIsTheTask(f.clients.head, `${task}/extension/decide`, { decision: 'approve', reason: '' });
    await expectAnswerIsTheTask(f.clients.minh, `${task}/submit`, { note: 'Xong' });
    const done = await expectAnswerIsTheTask(f.clients.head, `${task}/accept-result`, { grade: 4 });
    expect(done).toMatchObject({ status: 'completed', grade: 4, outcome: 'completed_on_time' });
  });
});

describe('commands at the same time', () => {
  test('keep the audit hash chain intact, refused ones included', async () => {
    const tasks = await Promise.all(Array.from({ length: 12 }, () => f.assign()));
    const results = await Promise.all(
      tasks.flatMap((task) => [
        f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {}),
        f.clients.lan.post(`/api/v1/tasks/${task.id}/cancel`, { reason: 'Không phải việc của tôi' }), // 403: only the assigner cancels
      ]),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([...Array(12).fill(200), ...Array(12).fill(403)]);
    const admin = await createUser(t.database.db, f.root, ['agency_admin']);
    const verified = (await api(t.app, await login(t.app, admin.username)).get('/api/v1/audit/verify')).json();
    expect(verified).toMatchObject({ isIntact: true, firstBrokenLink: null });
    expect(verified.checkedRows).toBeGreaterThanOrEqual(24);
  });

  test('on one task all take effect, one after the other, none lost', async () => {
    const task = await f.assign();
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`, {});
    const reports = await Promise.all(
      [10, 20, 30, 40, 50, 60].map((percent) => f.clients.lan.post(`/api/v1/tasks/${task.id}/progress`, { percent, note: `${percent}%` })),
    );
    expect(reports.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const events = (await f.clients.lan.get(`/api/v1/tasks/${task.id}/events`)).json();
    expect(events.items).toHaveLength(8); // assigned, accepted, six progress reports
    const after = (await f.clients.lan.get(`/api/v1/tasks/${task.id}`)).json();
    expect(reports.map((r) => r.json().progressPercent)).toContain(after.progressPercent);
    const admin = await createUser(t.database.db, f.root, ['agency_admin']);
    expect((await api(t.app, await login(t.app, admin.username)).get('/api/v1/audit/verify')).json()).toMatchObject({ isIntact: true });
  });
});
