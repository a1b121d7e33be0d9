import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../db/client.js';
import { agencies } from '../../db/schema/index.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Monday 02/03/2026, 09:00 in Hà Nội: the week runs 02/03 – 08/03. */
export const SCHEDULE_TEST_START = new Date('2026-03-02T02:00:00Z');
export const WEEK = '2026-03-02';

/** An agency with its Office (clerk and head), a leader, a staff member of a department, and an Office clerk of another agency. */
export async function createScheduleFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db, 'Ủy ban thử nghiệm');
  const office = await createUnit(db, root, { name: 'Văn phòng', kind: 'office' });
  const department = await createUnit(db, root, { name: 'Ban Tuyên giáo', kind: 'department' });
  const other = await createAgency(db, 'Cơ quan khác');
  const otherOffice = await createUnit(db, other.root, { name: 'Văn phòng khác', kind: 'office' });
  const people = {
    clerk: await createUser(db, office, ['staff'], { fullName: 'Vũ Thị Văn' }),
    officeHead: await createUser(db, office, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head' }),
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà' }),
    staff: await createUser(db, department, ['staff'], { fullName: 'Nguyễn Văn Thường' }),
    editor: await createUser(db, department, ['editor', 'staff'], { fullName: 'Trần Biên Tập' }),
    otherClerk: await createUser(db, otherOffice, ['staff', 'leader'], { fullName: 'Trần Khác' }),
  };
  const clients = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
  ) as Record<keyof typeof people, ReturnType<typeof api>>;
  const [{ code }] = await db.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, agencyId));
  const entry = (overrides: Record<string, unknown> = {}) => ({
    day: '2026-03-03',
    session: 'morning',
    startTime: '08:00',
    content: 'Giao ban lãnh đạo tuần',
    chairId: people.leader.id,
    participants: 'Lãnh đạo các ban',
    participantIds: [people.officeHead.id],
    place: 'Phòng họp số 1',
    preparingUnitId: office.id,
    ...overrides,
  });
  /** A schedule of `week` with one entry, taken by the Office through the leader's approval to publication. */
  async function publishedSchedule(week: string, onPublicSite = false) {
    const created = await clients.clerk.post('/api/v1/weekly-schedules', { week });
    if (created.statusCode !== 200) throw new Error(`create failed: ${created.body}`);
    const id = created.json().schedule.id as string;
    const steps = [
      () => clients.clerk.post(`/api/v1/weekly-schedules/${id}/entries`, entry({ day: week })),
      () => clients.clerk.post(`/api/v1/weekly-schedules/${id}/submit`),
      () => clients.leader.post(`/api/v1/weekly-schedules/${id}/approve`),
      () => clients.clerk.post(`/api/v1/weekly-schedules/${id}/publish`, { onPublicSite }),
    ];
    for (const step of steps) {
      const response = await step();
      if (response.statusCode !== 200) throw new Error(`step failed: ${response.body}`);
    }
    return id;
  }
  return { agencyId, code, root, office, department, people, clients, entry, publishedSchedule };
}
export type ScheduleFixture = Awaited<ReturnType<typeof createScheduleFixture>>;

/** One app and one fresh agency per test file. */
export function useScheduleFixture(ready: (testApp: TestApp, fixture: ScheduleFixture) => void) {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ now: SCHEDULE_TEST_START });
    ready(testApp, await createScheduleFixture(testApp.app, testApp.database.db));
  });
  afterAll(async () => testApp?.close());
}
