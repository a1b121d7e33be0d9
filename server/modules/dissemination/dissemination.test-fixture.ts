import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../../db/client.js';
import { createAgency, createUnit, createUser } from '../../test/factories.js';
import { api, login, multipart } from '../../test/http.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Monday 02/03/2026, 09:00 in Hà Nội. */
export const DISSEMINATION_TEST_START = new Date('2026-03-02T02:00:00Z');

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
let numbers = 0;

/**
 * An agency with Ban Tuyên giáo (and its Tổ Báo chí) and Ban Dân chủ – Pháp luật, a leader, the
 * head of Ban Tuyên giáo, staff of different categories, and the Directive registered once.
 */
export async function createDisseminationFixture(app: FastifyInstance, db: Db) {
  const { agencyId, root } = await createAgency(db);
  const propaganda = await createUnit(db, root, { name: 'Ban Tuyên giáo' });
  const team = await createUnit(db, propaganda, { name: 'Tổ Báo chí' });
  const law = await createUnit(db, root, { name: 'Ban Dân chủ – Pháp luật' });
  const people = {
    leader: await createUser(db, root, ['leader'], { fullName: 'Lê Thị Thanh Hà', category: 'cadre', isPartyMember: true }),
    head: await createUser(db, propaganda, ['unit_head', 'staff'], { fullName: 'Đặng Thu Hương', manages: 'head', category: 'cadre', isPartyMember: true }),
    lan: await createUser(db, propaganda, ['staff'], { fullName: 'Nguyễn Thị Lân', category: 'civil_servant' }),
    minh: await createUser(db, team, ['staff'], { fullName: 'Trần Văn Minh', category: 'civil_servant', isPartyMember: true }),
    driver: await createUser(db, team, ['staff'], { fullName: 'Phùng Văn Tài', category: 'worker' }),
    outsider: await createUser(db, law, ['staff'], { fullName: 'Lê Quốc Việt', category: 'civil_servant' }),
    lawHead: await createUser(db, law, ['unit_head', 'staff'], { fullName: 'Trịnh Văn Nam', manages: 'head', category: 'cadre' }),
    admin: await createUser(db, root, ['agency_admin'], { fullName: 'Phạm Văn Quản' }),
  };
  const logInAll = async () =>
    Object.fromEntries(
      await Promise.all(Object.entries(people).map(async ([key, person]) => [key, api(app, await login(app, person.username))] as const)),
    ) as Record<keyof typeof people, ReturnType<typeof api>>;
  const clients = await logInAll();
  /** Sessions last 12 hours: tests that move the clock further log everyone in again. */
  const logInAgain = async () => Object.assign(clients, await logInAll());

  /** Registers a directive in the document register, as the leader. */
  async function registerDocument(title = 'Về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc') {
    numbers += 1;
    const response = await clients.leader.post('/api/v1/documents', {
      kind: 'directive',
      number: `${numbers}-CT/TU`,
      title,
      issuingBody: 'Ban Thường vụ Thành ủy Hà Nội',
      issueDate: '2023-08-07',
      signer: 'Đinh Tiến Dũng',
    });
    if (response.statusCode !== 200) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; currentVersion: number };
  }
  const directive = await registerDocument();

  /** Uploads a new version of a document (as the leader). */
  async function addVersion(documentId: string) {
    const body = multipart('chi-thi-sua-doi.pdf', pdf, 'application/pdf');
    const response = await clients.leader.send('POST', `/api/v1/documents/${documentId}/versions`, body.payload, { headers: body.headers });
    if (response.statusCode !== 200) throw new Error(`version failed: ${response.statusCode} ${response.body}`);
    return response.json() as { currentVersion: number };
  }

  const campaignBody = (overrides: Record<string, unknown> = {}) => ({
    title: 'Quán triệt Chỉ thị 24-CT/TU',
    unitId: propaganda.id,
    documents: [{ documentId: directive.id }],
    audience: { unitIds: [propaganda.id] },
    deadline: { kind: 'working_days', workingDays: 5 },
    requiresCommitment: true,
    ...overrides,
  });

  /** Creates and launches a campaign as the head of Ban Tuyên giáo (or `by`). */
  async function launch(overrides: Record<string, unknown> = {}, by: keyof typeof clients = 'head') {
    const created = await clients[by].post('/api/v1/campaigns', campaignBody(overrides));
    if (created.statusCode !== 200) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
    const launched = await clients[by].post(`/api/v1/campaigns/${created.json().id}/launch`);
    if (launched.statusCode !== 200) throw new Error(`launch failed: ${launched.statusCode} ${launched.body}`);
    return launched.json() as { id: string; totals: Record<string, number>; [key: string]: unknown };
  }

  /** One more logged-in user of the agency, for a role the fixture does not hold. */
  async function extraClient(roles: Parameters<typeof createUser>[2], fullName: string) {
    const user = await createUser(db, root, roles, { fullName });
    return api(app, await login(app, user.username));
  }

  /** The person's assignment id in a campaign, from their own list. */
  async function assignmentOf(who: keyof typeof clients, campaignId: string) {
    const mine = (await clients[who].get('/api/v1/dissemination/mine?state=all&limit=100')).json() as { items: { id: string; campaign: { id: string } }[] };
    return mine.items.find((item) => item.campaign.id === campaignId)?.id;
  }

  return {
    agencyId,
    root,
    units: { propaganda, team, law },
    people,
    clients,
    logInAgain,
    directive,
    registerDocument,
    addVersion,
    campaignBody,
    launch,
    assignmentOf,
    extraClient,
  };
}
export type DisseminationFixture = Awaited<ReturnType<typeof createDisseminationFixture>>;

/** One app per file, a fresh fixture per test, the clock reset to the start. */
export function useDisseminationFixture(use: (app: TestApp, fixture: DisseminationFixture) => void) {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ now: DISSEMINATION_TEST_START });
  });
  beforeEach(async () => {
    app.clock.set(DISSEMINATION_TEST_START);
    use(app, await createDisseminationFixture(app.app, app.database.db));
  });
  afterAll(() => app.close());
}
