import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { feedbackIdentityKeyOf, loadConfig } from '../config.js';
import { queryRows } from '../db/client.js';
import { seedDemoAgency } from '../db/seed/demo-agency.js';
import { seedDemoConduct } from '../db/seed/demo-conduct.js';
import { seedDemoDissemination } from '../db/seed/demo-dissemination.js';
import { seedDemoDocuments } from '../db/seed/demo-documents.js';
import { seedDemoFeedback } from '../db/seed/demo-feedback.js';
import { seedDemoWork } from '../db/seed/demo-work.js';
import { createFileStore } from '../platform/files.js';
import { createAgency, createUser } from '../test/factories.js';
import { api, login } from '../test/http.js';
import { expect, test, type TestApp } from '../test/fixtures/index.js';

// Another agency, full of records in every module (the demo agency), and an all-powerful user of a first one.
let t: TestApp;
let ids: Record<string, string>;
let client: ReturnType<typeof api>;
test.beforeAll(async ({ app }) => {
  t = app;
  const run = Date.now().toString(36);
  const prefix = `${run}-`;
  const seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `ISO-${run}`, usernamePrefix: prefix });
  const now = t.clock.now();
  const files = createFileStore(join(`.tmp/test-data-${process.pid}`, 'files'));
  await seedDemoWork(t.database.db, now, seeded, prefix);
  const { directiveId } = await seedDemoDocuments(t.database.db, now, seeded, files, prefix);
  await seedDemoDissemination(t.database.db, now, seeded, directiveId, files, prefix);
  await seedDemoConduct(t.database.db, now, seeded, prefix);
  const config = loadConfig({ NODE_ENV: 'test' });
  await seedDemoFeedback(t.database.db, now, seeded, {
    files,
    identityKey: feedbackIdentityKeyOf(config),
    usernamePrefix: prefix,
  });
  const first = (table: string, column = 'id') => sql`(select ${sql.raw(column)} from ${sql.raw(table)} where agency_id = ${seeded.agencyId} limit 1)`;
  const [row] = await queryRows<Record<string, string>>(
    t.database.db,
    sql`select ${first('units')} as unit, ${first('people')} as person, ${first('users')} as account, ${first('tasks')} as task,
      ${first('documents')} as document, ${first('plans', 'document_id')} as plan, ${first('plan_targets')} as target,
      ${first('dissemination_campaigns')} as campaign, ${first('dissemination_assignments')} as assignment, ${first('meetings')} as meeting,
      ${first('conduct_cases')} as case, ${first('conduct_catalogs')} as catalog, ${first('conduct_suggestions')} as suggestion, ${first('public_reports')} as report`,
  );
  ids = row;
  const { root } = await createAgency(t.database.db);
  const user = await createUser(t.database.db, root, ['agency_admin', 'leader', 'inspector', 'editor']);
  client = api(t.app, await login(t.app, user.username));
}, 300_000);

type Route = [method: 'GET' | 'POST' | 'PUT', path: (id: Record<string, string>) => string, body?: unknown];

const routes: Route[] = [
  ['PUT', (id) => `/api/v1/units/${id.unit}`, { name: 'Đổi tên', code: 'X1' }],
  ['PUT', (id) => `/api/v1/units/${id.unit}/managers`, { headId: null, deputyIds: [] }],
  ['GET', (id) => `/api/v1/people/${id.person}`],
  ['POST', (id) => `/api/v1/people/${id.person}/deactivate`, { leftOn: '2026-03-01', reason: 'Nghỉ hưu' }],
  ['PUT', (id) => `/api/v1/accounts/${id.account}/roles`, { roles: [{ role: 'staff' }] }],
  ['POST', (id) => `/api/v1/accounts/${id.account}/deactivate`],
  ['GET', (id) => `/api/v1/tasks/${id.task}`],
  ['GET', (id) => `/api/v1/tasks/${id.task}/events`],
  ['GET', (id) => `/api/v1/documents/${id.document}`],
  ['GET', (id) => `/api/v1/documents/${id.document}/traceability`],
  ['GET', (id) => `/api/v1/plans/${id.plan}`],
  ['GET', (id) => `/api/v1/plan-targets/${id.target}`],
  ['GET', (id) => `/api/v1/campaigns/${id.campaign}`],
  ['GET', (id) => `/api/v1/campaigns/${id.campaign}/coverage`],
  ['GET', (id) => `/api/v1/dissemination/assignments/${id.assignment}`],
  ['GET', (id) => `/api/v1/meetings/${id.meeting}`],
  ['GET', (id) => `/api/v1/conduct/cases/${id.case}`],
  ['GET', (id) => `/api/v1/conduct/catalogs/${id.catalog}`],
  ['GET', (id) => `/api/v1/feedback/reports/${id.report}`],
];

test('answers 404 for another agency’s records on every module’s routes, and changes nothing', async () => {
  for (const key of Object.keys(ids)) expect(ids[key], `the demo agency has a ${key}`).toBeTruthy();
  const before = await queryRows(t.database.db, sql`select name from units where id = ${ids.unit}`);
  for (const [method, path, body] of routes) {
    const url = path(ids);
    const response = await client.send(method, url, method === 'GET' ? undefined : (body ?? {}));
    expect(response.statusCode, `${method} ${url}`).toBe(404);
    expect(response.json().code, `${method} ${url}`).toBe('not_found');
  }
  expect(await queryRows(t.database.db, sql`select name from units where id = ${ids.unit}`)).toEqual(before);
});
