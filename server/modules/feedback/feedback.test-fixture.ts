import { afterAll, beforeAll, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.js';
import { publicReports } from '../../db/schema/index.js';
import { createAgency, createPerson, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Monday 02/03/2026, 09:00 in Hà Nội. */
export const FEEDBACK_TEST_START = new Date('2026-03-02T02:00:00Z');

/**
 * An agency with a department (head, a sub-team with its own head and the official people report
 * about), an inspection committee (head and inspector), another department, a leader heading the
 * agency, an administrator and an editor.
 */
export async function createFeedbackFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db, 'Cơ quan thử nghiệm phản ánh');
  const department = await createUnit(db, root, { name: 'Ban Tuyên giáo' });
  const team = await createUnit(db, department, { name: 'Tổ Một cửa' });
  const inspection = await createUnit(db, root, { name: 'Ủy ban Kiểm tra' });
  const other = await createUnit(db, root, { name: 'Ban Phong trào' });
  const people = {
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà', manages: 'head' }),
    admin: await createUser(db, root, ['agency_admin'], { fullName: 'Quản Trị Viên' }),
    departmentHead: await createUser(db, department, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head' }),
    teamHead: await createUser(db, team, ['unit_head', 'staff'], { fullName: 'Phạm Văn Tổ', manages: 'head' }),
    official: await createUser(db, team, ['staff'], { fullName: 'Nguyễn Văn Bị' }),
    inspectionHead: await createUser(db, inspection, ['unit_head', 'inspector'], { fullName: 'Trần Kiểm Tra', manages: 'head' }),
    inspector: await createUser(db, inspection, ['inspector'], { fullName: 'Vũ Thanh Tra' }),
    otherHead: await createUser(db, other, ['unit_head', 'staff'], { fullName: 'Hoàng Phong Trào', manages: 'head' }),
    otherStaff: await createUser(db, other, ['staff'], { fullName: 'Bùi Văn Khác' }),
    editor: await createUser(db, department, ['editor'], { fullName: 'Biên Tập Viên' }),
  };
  const inactiveOfficial = await createPerson(db, team, { fullName: 'Người Không Đăng Nhập' });
  const clients = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
  ) as Record<keyof typeof people, ReturnType<typeof api>>;
  const publicClient = api(app, null);

  /** A report through the real public route; answers with its tracking code and reference. */
  async function submit(overrides: Record<string, unknown> = {}) {
    const response = await publicClient.post('/api/v1/public/feedback/reports', {
      agencyId,
      category: 'harassment',
      unitId: team.id,
      officialName: 'Nguyễn Văn Bị',
      content: 'Cán bộ tổ một cửa yêu cầu nộp thêm giấy tờ không có trong quy định và hẹn lại nhiều lần.',
      occurredOn: '2026-02-27',
      isAnonymous: false,
      reporter: { name: 'Trần Thị Người Dân', phone: '0912 345 678', email: 'nguoidan@example.vn' },
      ...overrides,
    });
    if (response.statusCode !== 200) throw new Error(`submit failed: ${response.statusCode} ${response.body}`);
    const body = response.json() as { trackingCode: string; reference: string };
    // The public answer carries no id (the reporter needs none); staff tests look it up.
    return { ...body, id: await findIdByReference(db, body.reference) };
  }

  return { agencyId, root, units: { department, team, inspection, other }, people, inactiveOfficial, clients, publicClient, submit };
}
export type FeedbackFixture = Awaited<ReturnType<typeof createFeedbackFixture>>;

async function findIdByReference(db: Db, reference: string): Promise<string> {
  const [row] = await db.select({ id: publicReports.id }).from(publicReports).where(eq(publicReports.reference, reference));
  return row.id;
}

/** One app per test file, a fresh agency per test, the clock reset. */
export function useFeedbackFixture(use: (app: TestApp, fixture: FeedbackFixture) => void, options: { env?: Record<string, string> } = {}) {
  let app: TestApp;
  beforeAll(async () => {
    // Rate limits are tested on their own; here many reports come from one address.
    app = await createTestApp({
      now: FEEDBACK_TEST_START,
      env: { FEEDBACK_SUBMIT_RATE_LIMIT_PER_HOUR: '100000', FEEDBACK_TRACK_RATE_LIMIT_PER_MINUTE: '100000', ...options.env },
    });
  });
  beforeEach(async () => {
    app.clock.set(FEEDBACK_TEST_START);
    use(app, await createFeedbackFixture(app.app, app.database.db));
  });
  afterAll(() => app.close());
}
