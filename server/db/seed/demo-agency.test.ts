import { count, eq, sql } from 'drizzle-orm';
import { queryRows } from '../client.js';
import { calendarDays, people, units } from '../schema/index.js';
import { api, login } from '../../test/http.js';
import { createFileStore } from '../../platform/files.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoDocuments } from './demo-documents.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoWork } from './demo-work.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let demoDocuments: { directiveId: string; planId: string };
test.beforeAll(async ({ app }) => {
  t = app;
  // A unique code and login prefix, so the suite can run again on the same PostgreSQL.
  const run = Date.now().toString(36);
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoWork(t.database.db, t.clock.now(), seeded, `${run}-`);
  await seedDemoHistory(t.database.db, t.clock.now(), seeded, 40);
  demoDocuments = await seedDemoDocuments(t.database.db, t.clock.now(), seeded, createFileStore('.tmp/demo-agency-files'), `${run}-`);
});

test('loads the Fatherland Front office: party committee, cells, departments and about 60 people', async () => {
  const [{ people: headcount }] = await t.database.db.select({ people: count() }).from(people).where(eq(people.agencyId, seeded.agencyId));
  expect(headcount).toBeGreaterThanOrEqual(55);
  const kinds = await t.database.db.select({ kind: units.kind, name: units.name }).from(units).where(eq(units.agencyId, seeded.agencyId));
  expect(kinds.filter((u) => u.kind === 'party_cell').length).toBeGreaterThanOrEqual(5);
  expect(kinds.map((u) => u.name)).toEqual(
    expect.arrayContaining(['Đảng ủy cơ quan', 'Văn phòng', 'Ban Tổ chức – Kiểm tra', 'Ban Tuyên giáo', 'Ban Dân chủ – Pháp luật', 'Ban Phong trào']),
  );
  const [{ days }] = await t.database.db.select({ days: count() }).from(calendarDays).where(eq(calendarDays.agencyId, seeded.agencyId));
  expect(days).toBeGreaterThan(50);
});

test('gives every demo login a working account with its roles', async () => {
  for (const demo of seeded.logins) {
    const session = await login(t.app, demo.username, demo.password);
    const user = (await api(t.app, session).get('/api/v1/auth/session')).json().user;
    expect(user.agencyName).toBe('Cơ quan Ủy ban MTTQ Việt Nam thành phố Hà Nội');
  }
  const head = await login(t.app, seeded.logins.find((l) => l.username.endsWith('truongban'))!.username, 'Congvu@2026');
  const visible = (await api(t.app, head).get('/api/v1/people?limit=100')).json().items;
  expect(visible.every((p: { unit: { name: string } }) => p.unit.name === 'Ban Tuyên giáo')).toBe(true);
});

test('gives the demo people work in every state a user should recognise', async () => {
  const as = async (name: string) => api(t.app, await login(t.app, seeded.logins.find((l) => l.username.endsWith(`-${name}`))!.username, 'Congvu@2026'));
  const staff = await as('canbo1');
  const mine = (await staff.get('/api/v1/tasks?view=mine&status=assigned&status=in_progress&status=submitted')).json().items;
  expect(mine.map((task: { status: string }) => task.status)).toEqual(expect.arrayContaining(['assigned', 'in_progress', 'submitted']));
  expect(mine.some((task: { counters: { transfers: number } }) => task.counters.transfers === 1)).toBe(true);
  const summary = (await (await as('canbo2')).get('/api/v1/tasks/summary')).json();
  expect(summary.overdue).toBeGreaterThanOrEqual(1);
  const leader = await as('lanhdao');
  expect((await leader.get('/api/v1/tasks?view=awaiting_my_decision')).json().items.length).toBeGreaterThanOrEqual(1);
  const dashboard = (await leader.get('/api/v1/tasks/dashboard')).json().units;
  const agency = dashboard.find((unit: { depth: number }) => unit.depth === 0);
  // The counters kept on every write agree with a direct count of the agency's tasks.
  const [direct] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`
    select count(*) filter (where status = 'completed' and counted_outcome = 'completed_on_time')::int as "completedOnTime",
           count(*) filter (where status = 'completed' and counted_outcome = 'completed_late')::int as "completedLate",
           count(*) filter (where status in ('assigned', 'in_progress', 'submitted'))::int as open,
           coalesce(sum(transfer_count), 0)::int as transfers, coalesce(sum(extension_count), 0)::int as extensions
    from tasks where agency_id = ${seeded.agencyId}`,
  );
  expect(agency).toMatchObject(direct);
  expect(direct.completedOnTime).toBeGreaterThan(5);
  expect(direct.transfers).toBeGreaterThan(0);
  const trend = (await leader.get('/api/v1/tasks/dashboard/trend?weeks=52')).json().weeks;
  expect(trend).toHaveLength(52);
  const sum = (key: string) => trend.reduce((total: number, week: Record<string, number>) => total + week[key], 0);
  expect({ completedOnTime: sum('completedOnTime'), completedLate: sum('completedLate'), transfers: sum('transfers') }).toEqual({
    completedOnTime: direct.completedOnTime,
    completedLate: direct.completedLate,
    transfers: direct.transfers,
  });
});

test('registers Directive 24-CT/TU and the agency plan, so the traceability screen has lines at once', async () => {
  const leader = api(t.app, await login(t.app, seeded.logins.find((l) => l.username.endsWith('-lanhdao'))!.username, 'Congvu@2026'));
  const trace = (await leader.get(`/api/v1/documents/${demoDocuments.directiveId}/traceability`)).json();
  expect(trace.document).toMatchObject({ number: '24-CT/TU', issueDate: '2023-08-07', issuingBody: 'Ban Thường vụ Thành ủy Hà Nội' });
  expect(new Set(trace.lines.map((line: { target: { id: string } }) => line.target.id)).size).toBeGreaterThanOrEqual(3);
  const outcomes = trace.lines.map((line: { task: { outcome: string } | null }) => line.task?.outcome);
  expect(outcomes).toEqual(expect.arrayContaining(['completed_on_time', 'completed_late', 'open_in_time', 'open_overdue']));
  const plan = (await leader.get(`/api/v1/plans/${demoDocuments.planId}`)).json();
  expect(plan.document.issueDate > '2023-11-02').toBe(true);
  expect(plan.progress.tasks.total).toBe(trace.lines.filter((line: { task: unknown }) => line.task).length);
});
