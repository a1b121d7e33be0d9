import { searchKinds, type SearchKind, type SearchResponse } from '../../../contracts/search.js';
import { seedDemoAgency, type SeededAgency } from '../../db/seed/demo-agency.js';
import { seedDemoConduct } from '../../db/seed/demo-conduct.js';
import { seedDemoDissemination } from '../../db/seed/demo-dissemination.js';
import { seedDemoDocuments } from '../../db/seed/demo-documents.js';
import { seedDemoFeedback } from '../../db/seed/demo-feedback.js';
import { seedDemoNews } from '../../db/seed/demo-news.js';
import { seedDemoProcedures } from '../../db/seed/demo-procedures.js';
import { seedDemoWork } from '../../db/seed/demo-work.js';
import { createFileStore } from '../../platform/files.js';
import { api, login } from '../../test/http.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

/** The scope probe: whatever a role finds, it may open through the record's own detail route, and another agency's records never show. */
const detailUrl: Record<SearchKind, (id: string) => string> = {
  tasks: (id) => `/api/v1/tasks/${id}`,
  people: (id) => `/api/v1/people/${id}`,
  documents: (id) => `/api/v1/documents/${id}`,
  campaigns: (id) => `/api/v1/campaigns/${id}`,
  meetings: (id) => `/api/v1/meetings/${id}`,
  cases: (id) => `/api/v1/conduct/cases/${id}`,
  reports: (id) => `/api/v1/feedback/reports/${id}`,
  procedures: (id) => `/api/v1/procedures/${id}`,
  news: (id) => `/api/v1/news/${id}`,
};
const PROBES = ['chi thi', 'quan triet', 'hoi nghi', 'ke hoach', 'van ban', 'nguyen', 'dun day', 'bao cao', 'thu tuc', 'phan anh', 'tuyen giao'];
const PASSWORD = 'Congvu@2026';

let t: TestApp;
const agencies: { seeded: SeededAgency; prefix: string }[] = [];
test.override('appOptions', { now: new Date('2026-03-10T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  const files = createFileStore('.tmp/search-scope-files');
  for (const name of ['a', 'b']) {
    const prefix = `sq${name}${Date.now().toString(36)}-`;
    const { db } = t.database;
    const seeded = await seedDemoAgency(db, t.clock, { agencyCode: `DEMO-${prefix}`, usernamePrefix: prefix });
    const now = t.clock.now();
    await seedDemoWork(db, now, seeded, prefix);
    const { directiveId } = await seedDemoDocuments(db, now, seeded, files, prefix);
    await seedDemoDissemination(db, now, seeded, directiveId, files, prefix);
    await seedDemoConduct(db, now, seeded, prefix);
    await seedDemoProcedures(db, now, seeded, prefix);
    await seedDemoFeedback(db, now, seeded, { files, identityKey: Buffer.alloc(32, 1), usernamePrefix: prefix });
    await seedDemoNews(db, now, seeded, { files, usernamePrefix: prefix });
    agencies.push({ seeded, prefix });
  }
}, 600_000);

async function probe(username: string) {
  const client = api(t.app, await login(t.app, username, PASSWORD));
  const found = new Map<string, SearchKind>();
  for (const q of PROBES) {
    const response = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=10`);
    expect(response.statusCode, q).toBe(200);
    for (const group of (response.json() as SearchResponse).groups) for (const item of group.items) found.set(item.id, group.kind);
  }
  for (const [id, kind] of found) expect((await client.get(detailUrl[kind](id))).statusCode, `${username} ${kind} ${id}`).toBe(200);
  return found;
}

test('shows each role only records it may open, never another agency’s, and every kind to someone', { timeout: 600_000 }, async () => {
  const [a, b] = agencies;
  const otherHead = a.seeded.members.find((member) => member.isHead && member.unitCode === 'BDCPL')!;
  const roles = ['admin', 'lanhdao', 'truongban', 'canbo1', 'thanhtra', 'bientap'].map((name) => a.prefix + name).concat(otherHead.username);
  const seenIn = new Map<string, Map<string, SearchKind>>();
  for (const username of roles) seenIn.set(username, await probe(username));
  const otherAgency = await probe(`${b.prefix}admin`);

  const everything = new Map([...seenIn.values()].flatMap((found) => [...found]));
  for (const id of otherAgency.keys()) expect(everything.has(id), `record ${id} of the other agency`).toBe(false);
  // The probe can fail: every kind has hits for some role, and the roles do not all see the same.
  expect(new Set(everything.values())).toEqual(new Set(searchKinds));
  const countOf = (username: string, kind: SearchKind) => [...seenIn.get(username)!.values()].filter((k) => k === kind).length;
  expect(countOf(`${a.prefix}canbo1`, 'tasks')).toBeLessThan(countOf(`${a.prefix}lanhdao`, 'tasks'));
  expect(countOf(`${a.prefix}canbo1`, 'cases')).toBeLessThan(countOf(`${a.prefix}thanhtra`, 'cases'));
});
