import { sql } from 'drizzle-orm';
import { describe } from 'vitest';
import { taskPage } from '../../../contracts/work.js';
import { createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp, type WorkFixture } from '../../test/fixtures/index.js';

let t: TestApp;
let f: WorkFixture;
test.beforeEach(({ app, work }) => {
  t = app;
  f = work;
});

type Client = WorkFixture['clients']['head'];
const OPEN = 'status=assigned&status=in_progress&status=submitted';

async function itemOf(client: Client, url: string, id: string) {
  const response = await client.get(url);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const page = taskPage.parse(response.json());
  return page.items.find((item) => item.id === id);
}

const mine = `/api/v1/tasks?view=mine&${OPEN}`;
const unitBoard = () => `/api/v1/tasks?view=unit&unitId=${f.department.id}`;

/** The task as GET /tasks/:id shows it to this viewer, without what a list item leaves out. */
async function detailAsListItem(client: Client, id: string) {
  const { description: _d, expectedOutput: _e, collaborators: _c, collaboratorUnits: _u, ...item } = (await client.get(`/api/v1/tasks/${id}`)).json();
  return item;
}

describe('task list items', () => {
  test('show a collaborator the abilities the task page offers them', async () => {
    const task = await f.assign({ collaboratorIds: [f.people.outsider.id] });
    const item = await itemOf(f.clients.outsider, '/api/v1/tasks?view=unit', task.id);
    expect(item?.abilities).toEqual(['comment']);
    expect(item).toEqual(await detailAsListItem(f.clients.outsider, task.id));
  });

  test('show a collaborator from the owner’s own unit the abilities the task page offers them', async ({ work }) => {
    const task = await work.assign({ ownerId: work.people.lan.id, collaboratorIds: [work.people.minh.id] });
    const page = (await work.clients.minh.get(`/api/v1/tasks/${task.id}`)).json();
    const item = await itemOf(work.clients.minh, '/api/v1/tasks?view=unit', task.id);
    expect(page.collaborators.map((person: { id: string }) => person.id)).toEqual([work.people.minh.id]);
    expect(item?.abilities).toEqual(page.abilities);
    expect(item).toEqual(await detailAsListItem(work.clients.minh, task.id));
  });

  test('show each viewer the task as its own page does, asked again and again by several viewers', async () => {
    const task = await f.assign();
    for (let round = 0; round < 2; round++) {
      expect(await itemOf(f.clients.lan, mine, task.id)).toEqual(await detailAsListItem(f.clients.lan, task.id));
      expect(await itemOf(f.clients.head, unitBoard(), task.id)).toEqual(await detailAsListItem(f.clients.head, task.id));
      expect(await itemOf(f.clients.leader, unitBoard(), task.id)).toEqual(await detailAsListItem(f.clients.leader, task.id));
    }
    const deputy = await createUser(t.database.db, f.root, ['leader'], { fullName: 'Phạm Minh Tuấn' });
    const secondLeader = api(t.app, await login(t.app, deputy.username));
    expect(await itemOf(secondLeader, unitBoard(), task.id)).toEqual(await detailAsListItem(secondLeader, task.id));
    const [owner, head] = [await itemOf(f.clients.lan, mine, task.id), await itemOf(f.clients.head, unitBoard(), task.id)];
    expect(owner?.abilities).toContain('accept');
    expect(head?.abilities).not.toContain('accept');
    expect(head?.abilities).toContain('cancel');
  });

  test('follow a command at once', async () => {
    const task = await f.assign();
    expect((await itemOf(f.clients.lan, mine, task.id))?.status).toBe('assigned');
    expect((await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`)).statusCode).toBe(200);
    const accepted = await itemOf(f.clients.lan, mine, task.id);
    expect(accepted?.status).toBe('in_progress');
    expect(accepted?.abilities).not.toContain('accept');
  });

  test('name the person an approved transfer proposes, as the task page does', async () => {
    const task = await f.assign();
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/accept`);
    await f.clients.lan.post(`/api/v1/tasks/${task.id}/transfer`, { reasonCode: 'workload', reason: 'Đang phụ trách hội nghị quán triệt' });
    expect((await f.clients.head.post(`/api/v1/tasks/${task.id}/transfer/approve`, { newOwnerId: f.people.minh.id })).statusCode).toBe(200);
    const item = await itemOf(f.clients.head, unitBoard(), task.id);
    expect(item?.openRequest).toMatchObject({ kind: 'transfer', stage: 'approved', proposedOwner: { id: f.people.minh.id, fullName: 'Trần Văn Minh' } });
    expect(item).toEqual(await detailAsListItem(f.clients.head, task.id));
  });

  test('follow a write made behind the server (another instance, a script) at the next list', async () => {
    const task = await f.assign();
    expect((await itemOf(f.clients.head, unitBoard(), task.id))?.title).toBe('Xây dựng quy trình tiếp nhận văn bản đến');
    await t.database.db.execute(sql`update tasks set title = 'Rà soát quy trình tiếp nhận', progress_percent = 40 where id = ${task.id}`);
    expect(await itemOf(f.clients.head, unitBoard(), task.id)).toMatchObject({ title: 'Rà soát quy trình tiếp nhận', progressPercent: 40 });
  });

  test('count days again the next day: a task past its due date shows overdue', async () => {
    const task = await f.assign();
    const before = await itemOf(f.clients.lan, mine, task.id);
    expect(before?.outcome).toBe('open_in_time');
    expect(before?.signals.map((signal) => signal.kind)).not.toContain('overdue');
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    await f.logInAgain();
    const after = await itemOf(f.clients.lan, mine, task.id);
    expect(after?.outcome).toBe('open_overdue');
    expect(after?.signals.map((signal) => signal.kind)).toContain('overdue');
    expect(after).toEqual(await detailAsListItem(f.clients.lan, task.id));
  });

  test('page on: the cursor and the items are those of the whole list', async () => {
    const ids = [];
    for (let day = 3; day <= 7; day++) ids.push((await f.assign({ due: { kind: 'date', dueDate: `2026-03-${String(day + 6).padStart(2, '0')}` } })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await f.clients.lan.get(`${mine}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = taskPage.parse(response.json());
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });
});
