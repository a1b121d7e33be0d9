import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../../db/client.js';
import { createAgency, createUnit, createUser, uniqueSuffix } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Monday 02/03/2026, 09:00 in Hà Nội. */
export const PROCEDURES_TEST_START = new Date('2026-03-02T02:00:00Z');

/**
 * An agency with Văn phòng (its head, a clerk and a specialist), Ban Tổ chức (a staff member),
 * a leader, and helpers to write, publish and run a procedure of Văn phòng.
 */
export async function createProceduresFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db);
  const office = await createUnit(db, root, { name: 'Văn phòng', kind: 'office' });
  const organisation = await createUnit(db, root, { name: 'Ban Tổ chức' });
  const people = {
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà', position: 'Phó Bí thư', manages: 'head' }),
    head: await createUser(db, office, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head', position: 'Chánh Văn phòng' }),
    clerk: await createUser(db, office, ['staff'], { fullName: 'Nguyễn Thị Lân', position: 'Văn thư' }),
    expert: await createUser(db, office, ['staff'], { fullName: 'Trần Văn Minh', position: 'Chuyên viên' }),
    outsider: await createUser(db, organisation, ['staff'], { fullName: 'Lê Quốc Việt', position: 'Chuyên viên' }),
  };
  const clients = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
  ) as Record<keyof typeof people, ReturnType<typeof api>>;

  const procedureBody = (overrides: Record<string, unknown> = {}) => ({
    unitId: office.id,
    code: `QT-${uniqueSuffix().slice(-6)}/VP`,
    title: 'Tiếp nhận và xử lý đơn thư của công dân',
    purpose: 'Thống nhất cách tiếp nhận, xử lý đơn thư, bảo đảm đúng hạn.',
    scope: 'Áp dụng tại Văn phòng.',
    legalBases: [{ label: 'Luật Tiếp công dân 2013' }],
    forms: [{ code: 'BM-01', name: 'Sổ tiếp nhận đơn thư' }],
    records: [{ name: 'Sổ tiếp nhận đơn thư', keeper: 'Văn thư', retention: '05 năm' }],
    steps: [
      {
        name: 'Tiếp nhận, vào sổ',
        unitId: office.id,
        responsiblePosition: 'Văn thư',
        defaultPersonId: people.clerk.id,
        limitValue: 4,
        limitUnit: 'working_hours',
      },
      {
        name: 'Thẩm định, đề xuất',
        unitId: office.id,
        responsiblePosition: 'Chuyên viên',
        defaultPersonId: people.expert.id,
        limitValue: 2,
        limitUnit: 'working_days',
      },
      {
        name: 'Phê duyệt',
        unitId: office.id,
        responsiblePosition: 'Chánh Văn phòng',
        defaultPersonId: people.head.id,
        limitValue: 1,
        limitUnit: 'working_days',
      },
    ],
    ...overrides,
  });

  /** Writes a procedure as the head, then submits, approves and publishes it (the leader approves). */
  async function publishedProcedure(overrides: Record<string, unknown> = {}) {
    const created = await clients.head.post('/api/v1/procedures', procedureBody(overrides));
    if (created.statusCode !== 200) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
    const procedure = created.json() as { id: string; versions: { id: string }[]; code: string };
    const versionId = procedure.versions[0].id;
    for (const [client, step] of [
      [clients.head, 'submit'],
      [clients.leader, 'approve'],
      [clients.leader, 'publish'],
    ] as const) {
      const response = await client.post(`/api/v1/procedure-versions/${versionId}/${step}`, {});
      if (response.statusCode !== 200) throw new Error(`${step} failed: ${response.statusCode} ${response.body}`);
    }
    return { procedureId: procedure.id, versionId, code: procedure.code };
  }

  return { agencyId, root, office, organisation, people, clients, procedureBody, publishedProcedure };
}
export type ProceduresFixture = Awaited<ReturnType<typeof createProceduresFixture>>;

/** One app per test file, a fresh fixture per test, the clock at PROCEDURES_TEST_START. */
export function useProceduresFixture(use: (app: TestApp, fixture: ProceduresFixture) => void) {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ now: PROCEDURES_TEST_START });
  });
  beforeEach(async () => {
    app.clock.set(PROCEDURES_TEST_START);
    use(app, await createProceduresFixture(app.app, app.database.db));
  });
  afterAll(() => app.close());
}
