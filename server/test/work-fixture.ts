import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../db/client.js';
import { createAgency, createUnit, createUser } from './factories.js';
import { api, login } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * A department with its head and two staff, a second department with one member, and a leader.
 * Clients are logged in; `assign` creates a task through the real API.
 */
export async function createWorkFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db);
  const department = await createUnit(db, root, { name: 'Ban Tuyên giáo' });
  const other = await createUnit(db, root, { name: 'Ban Phong trào' });
  const people = {
    head: await createUser(db, department, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head' }),
    lan: await createUser(db, department, ['staff'], { fullName: 'Nguyễn Thị Lan' }),
    minh: await createUser(db, department, ['staff'], { fullName: 'Trần Văn Minh' }),
    outsider: await createUser(db, other, ['staff'], { fullName: 'Lê Quốc Việt' }),
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà' }),
  };
  const logInAll = async () =>
    Object.fromEntries(
      await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
    ) as Record<keyof typeof people, ReturnType<typeof api>>;
  const clients = await logInAll();
  /** Sessions last 12 hours: tests that move the clock further log everyone in again. */
  const logInAgain = async () => Object.assign(clients, await logInAll());

  async function assign(overrides: Record<string, unknown> = {}) {
    const response = await clients.head.post('/api/v1/tasks', {
      title: 'Xây dựng quy trình tiếp nhận văn bản đến',
      expectedOutput: 'Dự thảo quy trình trình lãnh đạo Ban',
      unitId: department.id,
      ownerId: people.lan.id,
      startDate: '2026-03-02',
      due: { kind: 'date', dueDate: '2026-03-13' },
      ...overrides,
    });
    if (response.statusCode !== 200) throw new Error(`assign failed: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; [key: string]: unknown };
  }
  return { agencyId, root, department, other, people, clients, assign, logInAgain };
}
export type WorkFixture = Awaited<ReturnType<typeof createWorkFixture>>;

/** Monday 02/03/2026, 13:00 in Hà Nội; tests move the clock less than the 12-hour session life. */
export const WORK_TEST_START = new Date('2026-03-02T06:00:00Z');

/**
 * One app per test file and a fresh work fixture per test, the clock reset to WORK_TEST_START;
 * `use` receives both so the file keeps plain `t` and `f` variables.
 */
export function useWorkFixture(use: (app: TestApp, fixture: WorkFixture) => void) {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  beforeEach(async () => {
    app.clock.set(WORK_TEST_START);
    use(app, await createWorkFixture(app.app, app.database.db));
  });
  afterAll(() => app.close());
}
