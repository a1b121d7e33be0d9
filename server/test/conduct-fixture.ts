import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../db/client.js';
import { createAgency, createUnit, createUser } from './factories.js';
import { api, login } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * One agency for conduct tests: the subject (a civil servant) in a department with its head,
 * a colleague, two inspectors (one handles), a leader and an administrator. Clients are logged in.
 */
export async function createConductFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db);
  const department = await createUnit(db, root, { name: 'Ban Tuyên giáo' });
  const inspection = await createUnit(db, root, { name: 'Ủy ban Kiểm tra' });
  const other = await createUnit(db, root, { name: 'Ban Phong trào' });
  const people = {
    subject: await createUser(db, department, ['staff'], { fullName: 'Nguyễn Văn Bình', category: 'civil_servant', isPartyMember: true }),
    colleague: await createUser(db, department, ['staff'], { fullName: 'Trần Thị Hoa' }),
    head: await createUser(db, department, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head' }),
    otherHead: await createUser(db, other, ['unit_head', 'staff'], { fullName: 'Lê Quốc Việt', manages: 'head' }),
    inspector: await createUser(db, inspection, ['inspector'], { fullName: 'Phạm Minh Tuấn' }),
    otherInspector: await createUser(db, inspection, ['inspector'], { fullName: 'Vũ Thị Mai' }),
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà' }),
    admin: await createUser(db, root, ['agency_admin'], { fullName: 'Hoàng Văn Nam' }),
  };
  const clients = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
  ) as Record<keyof typeof people, ReturnType<typeof api>>;

  /** Opens a case on the subject through the real API, as the handling inspector. */
  async function openCase(overrides: Record<string, unknown> = {}) {
    const response = await clients.inspector.post('/api/v1/conduct/cases', {
      subject: { kind: 'person', personId: people.subject.id },
      title: 'Chậm xử lý hồ sơ của công dân',
      description: 'Hồ sơ tiếp nhận ngày 02/02/2026 quá hạn 15 ngày làm việc không có lý do.',
      items: [{ catalog: 'related', code: 'R.TRE_HAN' }],
      source: 'inspection',
      detectedOn: '2026-02-27',
      violationOn: '2026-02-20',
      ...overrides,
    });
    if (response.statusCode !== 200) throw new Error(`open failed: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; status: string; abilities: string[]; [key: string]: unknown };
  }
  return { agencyId, root, department, other, inspection, people, clients, openCase };
}
export type ConductFixture = Awaited<ReturnType<typeof createConductFixture>>;

/** Monday 02/03/2026, 13:00 in Hà Nội. */
export const CONDUCT_TEST_START = new Date('2026-03-02T06:00:00Z');

export function useConductFixture(use: (app: TestApp, fixture: ConductFixture) => void) {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  beforeEach(async () => {
    app.clock.set(CONDUCT_TEST_START);
    use(app, await createConductFixture(app.app, app.database.db));
  });
  afterAll(() => app.close());
}
