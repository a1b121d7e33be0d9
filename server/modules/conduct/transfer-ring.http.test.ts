import { eq } from 'drizzle-orm';
import { describe } from 'vitest';
import { taskEvents, tasks } from '../../db/schema/index.js';
import { expect, test, type TestApp, type ConductFixture } from '../../test/fixtures/index.js';

// Issue 27, point 14: A→B→C→A — each hands the task away once, no one reaches the per-person
// threshold of three, yet the task was passed around. One suggestion per task names the whole ring.
let t: TestApp;
let f: ConductFixture;
test.beforeEach(({ app, conduct }) => {
  t = app;
  f = conduct;
});

/** A task and its accepted transfers, written as the work module leaves them. */
async function passedAround(chain: string[]) {
  const id = crypto.randomUUID();
  await t.database.db.insert(tasks).values({
    id,
    agencyId: f.agencyId,
    unitId: f.department.id,
    unitPath: f.department.path,
    title: 'Trả lời kiến nghị của cử tri',
    searchText: 'tra loi kien nghi cua cu tri',
    expectedOutput: 'Văn bản trả lời',
    ownerId: chain[0],
    assignerId: f.people.head.id,
    status: 'in_progress',
    startDate: '2026-02-02',
    dueDate: '2026-03-27',
    assignedAt: new Date('2026-02-02T02:00:00Z'),
  });
  await handOn(id, chain);
  return id;
}
async function handOn(id: string, chain: string[], from = 0) {
  for (let index = from; index < chain.length - 1; index++) {
    await t.database.db.insert(taskEvents).values({
      agencyId: f.agencyId,
      taskId: id,
      occurredAt: new Date(`2026-02-1${index}T03:00:00Z`),
      actorPersonId: chain[index + 1],
      actorName: 'x',
      kind: 'task.transferred',
      reason: 'Không thuộc phạm vi',
      before: { ownerId: chain[index], transferCount: index },
      after: { ownerId: chain[index + 1], transferCount: index + 1 },
    });
  }
  await t.database.db
    .update(tasks)
    .set({ ownerId: chain[chain.length - 1], transferCount: chain.length - 1 })
    .where(eq(tasks.id, id));
}

const compute = async () => (await f.clients.inspector.post('/api/v1/conduct/suggestions/compute')).json();
const rings = async () =>
  ((await f.clients.inspector.get('/api/v1/conduct/suggestions')).json().items as { id: string; signalKind: string }[]).filter(
    (s) => s.signalKind === 'transfer_ring',
  );

describe('the buck-passing ring', () => {
  test('suggests one case per task when its transfers reach the threshold, naming everyone and the manifestation, once', async () => {
    const [a, b, c] = [f.people.subject, f.people.colleague, f.people.otherHead];
    const id = await passedAround([a.id, b.id, c.id]);
    await compute();
    expect(await rings()).toEqual([]);

    await handOn(id, [a.id, b.id, c.id, a.id], 2);
    expect((await compute()).created).toBe(1);
    const [ring] = await rings();
    expect(ring).toMatchObject({
      subject: { id: a.id, fullName: 'Nguyễn Văn Bình' },
      itemCode: 'R.DUN_DAY',
      itemText: expect.stringContaining('đùn đẩy'),
      summary: expect.stringContaining('Nguyễn Văn Bình → Trần Thị Hoa → Lê Quốc Việt → Nguyễn Văn Bình'),
      evidence: {
        taskIds: [id],
        counts: { transfers: 3, people: 3 },
        people: [
          { id: a.id, fullName: 'Nguyễn Văn Bình' },
          { id: b.id, fullName: 'Trần Thị Hoa' },
          { id: c.id, fullName: 'Lê Quốc Việt' },
        ],
      },
    });
    expect(ring).toHaveProperty('evidence.events.length', 3);

    // Once per task: recomputing, or a fourth hand-over, suggests nothing new.
    expect((await compute()).created).toBe(0);
    await handOn(id, [a.id, b.id, c.id, a.id, b.id], 3);
    expect((await compute()).created).toBe(0);
    expect(await rings()).toHaveLength(1);
  });

  test('opens a case from the ring with everyone named in its description', async () => {
    const [a, b, c] = [f.people.subject, f.people.colleague, f.people.otherHead];
    await passedAround([a.id, b.id, c.id, a.id]);
    await compute();
    const [ring] = await rings();
    const opened = await f.clients.inspector.post(`/api/v1/conduct/suggestions/${ring.id}/open`, {});
    expect(opened.statusCode).toBe(200);
    expect(opened.json().description).toContain('Nguyễn Văn Bình → Trần Thị Hoa → Lê Quốc Việt → Nguyễn Văn Bình');
  });
});
