import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../db/client.js';
import { agencies } from '../../db/schema/index.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Monday 02/03/2026, 09:00 in Hà Nội. */
export const NEWS_TEST_START = new Date('2026-03-02T02:00:00Z');

/** An agency with an editor, a leader, an administrator and a staff member, and an editor of another agency. */
export async function createNewsFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db, 'Ban Tuyên giáo thử nghiệm');
  const office = await createUnit(db, root, { name: 'Văn phòng', kind: 'office' });
  const other = await createAgency(db, 'Cơ quan khác');
  const people = {
    editor: await createUser(db, office, ['editor', 'staff'], { fullName: 'Vũ Thị Biên' }),
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà' }),
    admin: await createUser(db, root, ['agency_admin'], { fullName: 'Phạm Văn Quản' }),
    staff: await createUser(db, office, ['staff'], { fullName: 'Nguyễn Văn Thường' }),
    head: await createUser(db, office, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head' }),
    otherEditor: await createUser(db, other.root, ['editor', 'leader'], { fullName: 'Trần Khác' }),
  };
  const clients = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
  ) as Record<keyof typeof people, ReturnType<typeof api>>;
  const codeOf = async (id: string) => (await db.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, id)))[0].code;
  const code = await codeOf(agencyId);
  const otherCode = await codeOf(other.agencyId);
  const articleBody = (overrides: Record<string, unknown> = {}) => ({
    title: 'Hội nghị quán triệt Chỉ thị 24-CT/TU',
    summary: 'Cơ quan tổ chức hội nghị quán triệt.',
    bodyHtml: '<h2>Nội dung</h2><p>Toàn thể cán bộ tham dự.</p>',
    category: 'directive_24',
    tags: ['Chỉ thị 24', 'Hội nghị'],
    ...overrides,
  });
  /** Writes an article as the editor and has the leader publish it (now, or at `publishAt`). */
  async function publishedArticle(overrides: Record<string, unknown> = {}, publishAt?: string) {
    const created = await clients.editor.post('/api/v1/news', articleBody(overrides));
    if (created.statusCode !== 200) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
    const published = await clients.leader.post(`/api/v1/news/${created.json().id}/publish`, publishAt ? { publishAt } : {});
    if (published.statusCode !== 200) throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
    return published.json() as { id: string; slug: string; title: string };
  }
  const publicUrl = (path: string) => `${path}${path.includes('?') ? '&' : '?'}co-quan=${encodeURIComponent(code)}`;
  return { agencyId, code, otherCode, root, office, people, clients, articleBody, publishedArticle, publicUrl };
}
export type NewsFixture = Awaited<ReturnType<typeof createNewsFixture>>;

/** One app per test file, one fresh agency per test file. */
export function useNewsFixture(ready: (testApp: TestApp, fixture: NewsFixture) => void) {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ now: NEWS_TEST_START });
    ready(testApp, await createNewsFixture(testApp.app, testApp.database.db));
  });
  afterAll(async () => testApp?.close());
}
