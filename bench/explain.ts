import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../server/db/client.js';
import * as schema from '../server/db/schema/index.js';
import { login, resolveSession } from '../server/modules/auth/auth.service.js';
import * as queries from '../server/modules/work/work.queries.js';
import { listCases } from '../server/modules/conduct/conduct.queries.js';
import { listQueue } from '../server/modules/feedback/feedback.queries.js';
import { getCoverage, listCampaigns, listMyAssignments } from '../server/modules/dissemination/dissemination.queries.js';
import { joinLiveCampaigns } from '../server/modules/dissemination/dissemination.sweep.js';
import { createTask } from '../server/modules/work/work.assign.js';
import * as service from '../server/modules/work/work.service.js';
import { createCalendarCache } from '../server/platform/calendar/calendar.repository.js';
import { createNameCache } from '../server/modules/org/index.js';
import { localDateOf } from '../server/platform/calendar/dates.js';
import type { Actor } from '../server/platform/actor.js';
import { systemClock } from '../server/platform/clock.js';
import { BENCH_PASSWORD, SEARCH_TERMS } from './generate.js';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements behind the hot requests, captured from the real
 * query functions through Drizzle's logger and replayed with their parameters.
 * DATABASE_URL=postgres://…/postgres tsx bench/explain.ts [--scale agency] [--only name,name] [--database NAME] [--plan-cache]  (after npm run bench on PostgreSQL)
 * --plan-cache: instead of the plans, whether PostgreSQL settles on a generic plan for each statement
 * (executed 12 times as a prepared statement, as the server does) or plans it again every time.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'agency' },
    only: { type: 'string' },
    database: { type: 'string' },
    'plan-cache': { type: 'boolean', default: false },
  },
});
const url = new URL(process.env.DATABASE_URL ?? '');
url.pathname = `/${values.database ?? `congvu_bench_${values.scale}`}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
let captured: { query: string; params: unknown[] }[] = [];
const db = drizzle(pool, { schema, casing: 'snake_case', logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Db;
const base = { db, clock: systemClock, calendars: createCalendarCache(db) };
const deps = { ...base, names: createNameCache(db) };
const listTasks = (actor: Actor, query: Parameters<typeof queries.listTasks>[2]) => queries.listTasks(deps, actor, query);
// The queue reads only the database and the clock.
const feedbackDeps = base as Parameters<typeof listQueue>[0];

async function actorOf(username: string) {
  const { token } = await login(deps, username, BENCH_PASSWORD);
  return (await resolveSession(deps, token))!.actor;
}
const [staff, head, leader, inspector] = [
  await actorOf('bench-staff'),
  await actorOf('bench-head'),
  await actorOf('bench-leader'),
  await actorOf('bench-inspector'),
];
const [campaign] = (await listCampaigns(deps, leader, { status: 'launched', limit: 1 })).items;
const open = ['assigned', 'in_progress', 'submitted'] as ('assigned' | 'in_progress' | 'submitted')[];
const mine = { view: 'mine' as const, status: open, limit: 20 };
let deepCursor: string | undefined;
for (let page = 0; page < 10; page++) deepCursor = (await listTasks(staff, { ...mine, cursor: deepCursor })).nextCursor ?? deepCursor;
const [
  {
    rows: [task],
  },
] = [await pool.query("select id from tasks where owner_id = $1 and status = 'completed' order by id limit 1", [staff.personId])];

const cases: [string, () => Promise<unknown>][] = [
  ['session lookup (every request)', async () => resolveSession(deps, (await login(deps, 'bench-staff', BENCH_PASSWORD)).token)],
  ['my open tasks, first page', () => listTasks(staff, mine)],
  ['my open tasks, page 11', () => listTasks(staff, { ...mine, cursor: deepCursor })],
  [
    'unit board search',
    () => listTasks(head, { view: 'unit', unitId: head.unitId!, dueFrom: localDateOf(new Date(Date.now() - 365 * 86_400_000)), q: SEARCH_TERMS[0], limit: 20 }),
  ],
  ['leader dashboard', () => queries.unitDashboard(deps, leader, { levels: 2 })],
  ['one task', () => queries.getTask(deps, staff, task.id)],
  ['task timeline', () => queries.listTaskEvents(deps, staff, task.id)],
  ['campaign coverage per unit (leader)', () => getCoverage(deps, leader, campaign.id, { levels: 2 })],
  // The route first checks the live campaigns for audiences the person joined since launch, then lists.
  ['my pending campaigns: join check (staff)', () => joinLiveCampaigns(deps, staff.agencyId, staff.personId!)],
  ['my pending campaigns (staff)', () => listMyAssignments(deps, staff, { state: 'pending', limit: 20 })],
  ['case list, status filter (inspector)', () => listCases(deps, inspector, { status: 'awaiting_explanation', limit: 20 })],
  ['case list, signal filter (inspector)', () => listCases(deps, inspector, { signal: 'handling_overdue', limit: 20 })],
  ['public reports queue, not closed (inspector, the first view)', () => listQueue(feedbackDeps, inspector, { open: true, limit: 20 })],
  ['public reports queue (inspector)', () => listQueue(feedbackDeps, inspector, { open: undefined, limit: 20 })],
  ['public reports queue, waiting (inspector)', () => listQueue(feedbackDeps, inspector, { open: undefined, status: 'received', limit: 20 })],
  ['public reports queue, accepted (inspector)', () => listQueue(feedbackDeps, inspector, { open: undefined, status: 'accepted', limit: 20 })],
  ['public reports queue, one category (inspector)', () => listQueue(feedbackDeps, inspector, { open: undefined, category: 'delay', limit: 20 })],
  [
    'public reports queue, past the acceptance limit (inspector)',
    () => listQueue(feedbackDeps, inspector, { open: undefined, acceptOverdue: 'true', limit: 20 }),
  ],
];
let prepared = 0;
/** Generic and custom plans of 12 executions of one prepared statement on one connection. */
async function planCache(text: string, params: unknown[]) {
  const name = `plan_cache_${++prepared}`;
  const client = await pool.connect();
  try {
    for (let i = 0; i < 12; i++) await client.query({ name, text, values: params });
    const {
      rows: [row],
    } = await client.query('select generic_plans, custom_plans from pg_prepared_statements where name = $1', [name]);
    return `generic ${row.generic_plans}, custom ${row.custom_plans}`;
  } finally {
    client.release();
  }
}
const out: string[] = [`# EXPLAIN (ANALYZE, BUFFERS), ${values.scale} scale, ${new Date().toISOString()}`];
for (const [name, run] of cases.filter(([name]) => !values.only || values.only.split(',').some((part) => name.includes(part)))) {
  await run();
  captured = [];
  await run();
  const statements = name.startsWith('session') ? captured.filter((c) => c.query.includes('from sessions')) : captured;
  out.push(`\n## ${name}\n`);
  for (const { query, params } of statements) {
    if (!/^\s*(select|with)\b/i.test(query)) continue;
    if (values['plan-cache']) {
      out.push(`- ${await planCache(query, params)}: ${query.replace(/\s+/g, ' ').trim().slice(0, 100)}…`);
      continue;
    }
    const plan = await pool.query(`explain (analyze, buffers) ${query}`, params);
    out.push('```sql', query.replace(/\s+/g, ' ').trim(), '```', '```', ...plan.rows.map((row) => row['QUERY PLAN'] as string), '```');
  }
}
// Round trips per request: each statement is one (BEGIN and COMMIT included when the driver logs them).
const count = async (run: () => Promise<unknown>) => {
  captured = [];
  await run();
  return `${captured.length} statements: ${captured.map((c) => c.query.trim().split(/\s+/).slice(0, 3).join(' ')).join(' · ')}`;
};
const today = localDateOf(new Date());
let created = '';
const create = () =>
  createTask(deps, head, {
    title: 'Đếm câu lệnh',
    description: '',
    expectedOutput: 'Báo cáo',
    unitId: head.unitId!,
    ownerId: staff.personId!,
    collaboratorIds: [],
    collaboratorUnitIds: [],
    priority: 'normal',
    startDate: today,
    due: { kind: 'working_days', workingDays: 30 },
    source: { kind: 'ad_hoc' },
  }).then((id) => (created = id));
// --only explains just the named queries and leaves the statement counts (which write tasks) out.
if (!values.only && !values['plan-cache']) {
  out.push('\n## Statements per request (work module only; the session lookup adds one)\n');
  out.push(`- my open tasks page: ${await count(() => listTasks(staff, mine))}`);
  out.push(`- one task: ${await count(() => queries.getTask(deps, staff, task.id))}`);
  out.push(`- create task (service + read back): ${await count(async () => queries.getTask(deps, head, await create()))}`);
  out.push(
    `- accept (command + read back): ${await count(async () => {
      await service.runCommand(deps, staff, created, { name: 'accept' });
      await queries.getTask(deps, staff, created);
    })}`,
  );
  out.push(
    `- progress (command + read back): ${await count(async () => {
      await service.runCommand(deps, staff, created, { name: 'reportProgress', percent: 30, note: 'Đang làm' });
      await queries.getTask(deps, staff, created);
    })}`,
  );
}
const folder = resolve('bench', 'results');
mkdirSync(folder, { recursive: true });
const file = resolve(folder, `explain-${values.scale}-${Date.now()}.md`);
writeFileSync(file, out.join('\n'));
process.stdout.write(`${out.join('\n')}\n\nWritten to ${file}\n`);
await pool.end();
