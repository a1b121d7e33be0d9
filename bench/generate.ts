import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../server/db/client.js';
import {
  agencies,
  calendarDays,
  people,
  personWorkCounters,
  taskEvents,
  tasks,
  unitManagers,
  units,
  unitWorkCounters,
  users,
} from '../server/db/schema/index.js';
import { WorkingCalendar } from '../server/platform/calendar/working-days.js';
import { generateCases, generateCampaigns, generateReports } from './generate/modules.js';
import { hashPassword } from '../server/modules/auth/index.js';
import { contributionOf } from '../server/modules/work/work.state.js';
import { counterStripeOf, UNIT_COUNTER_STRIPES } from '../server/modules/work/work.repository.js';
import { VIETNAM_CALENDAR_2023_2027 } from '../server/platform/calendar/holidays-vn.js';
import { localDateOf } from '../server/platform/calendar/dates.js';
import { subtreeColumns, withSubtreeTotals } from './generate/subtree-totals.js';
import { FastCalendar } from './generate/calendar.js';
import { createWriteQueue, insertChunks, insertRows, withBulkLoad } from './generate/load.js';
import { buildOrg, type BenchRole } from './generate/org.js';
import { Random } from './generate/random.js';
import { resolveScale, type ScaleName, type ScaleSpec } from './generate/scales.js';
import { makeTask, type EventInsert, type TaskShape } from './generate/tasks.js';

export { SCALES, SEARCH_TERMS, type ScaleName, type ScaleSpec } from './generate/scales.js';

/** Every generated account shares this password (and one argon2 hash of it). */
export const BENCH_PASSWORD = 'Bench@congvu-2026';

import type { GenerateProgress } from './generate/progress.js';
export type { GenerateProgress };
export interface GenerateOptions {
  scale: ScaleName | ScaleSpec;
  tasks?: number;
  seed?: number;
  /** The moment the data is generated for: statuses, signals and outcomes are as of then. */
  now?: Date;
  usernamePrefix?: string;
  agencyCode?: string;
  /** Drop secondary indexes and foreign-key triggers while loading (dedicated databases only). */
  bulk?: boolean;
  /** Inserts in flight at once (PostgreSQL pools gain from 2–3; PGlite runs one at a time anyway). */
  concurrency?: number;
  onProgress?: (progress: GenerateProgress) => void;
}
export interface GenerateResult {
  agencyId: string;
  scale: ScaleSpec;
  seed: number;
  logins: { role: BenchRole; username: string; password: string }[];
  bench: { unitId: string; staffPersonId: string; headPersonId: string; leaderPersonId: string; inspectorPersonId: string; campaignIds: string[] };
  counts: { units: number; people: number; tasks: number; events: number; campaigns: number; assignments: number; cases: number; reports: number };
  seconds: number;
}

const TASK_CHUNK = 1000;
const EVENT_CHUNK = 5000;

/** Writes a whole agency (org, accounts, calendar, tasks, history, counters) straight into the database. */
export async function generate(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const started = Date.now();
  const scale = resolveScale(options.scale, options.tasks);
  const seed = options.seed ?? 2026;
  const now = options.now ?? new Date();
  const report = options.onProgress ?? (() => {});
  const random = new Random(seed);
  const code = options.agencyCode ?? `BENCH-${scale.name.toUpperCase()}`;
  const org = buildOrg(random, scale, {
    code,
    name: `Cơ quan thử tải ${scale.name}`,
    usernamePrefix: options.usernamePrefix ?? '',
    passwordHash: await hashPassword(BENCH_PASSWORD),
  });

  report({ phase: 'org', done: 0, total: org.people.length, rowsPerSecond: 0 });
  await insertRows(db, agencies, [org.rows.agency]);
  await insertChunks(db, units, org.rows.units, 2000);
  await insertChunks(db, people, org.rows.people, 3000);
  await insertChunks(db, unitManagers, org.rows.managers, 5000);
  await insertChunks(db, users, org.rows.users, 4000);
  await insertRows(
    db,
    calendarDays,
    VIETNAM_CALENDAR_2023_2027.map((entry) => ({ agencyId: org.agencyId, ...entry })),
  );
  report({ phase: 'org', done: org.people.length, total: org.people.length, rowsPerSecond: 0 });

  const context = { random, org, calendar: new FastCalendar(), now, today: localDateOf(now) };
  // Per unit and counter stripe, as the server's commands would have spread them (counterStripeOf).
  const unitTotals = new Map<
    string,
    Map<number, { open: number; overdue: number; completedOnTime: number; completedLate: number; transfers: number; extensions: number }>
  >();
  const personTotals = new Map<string, { transfersAway: number; transfersReceived: number; extensions: number; returns: number }>();
  const personTotal = (id: string) =>
    personTotals.get(id) ?? personTotals.set(id, { transfersAway: 0, transfersReceived: 0, extensions: 0, returns: 0 }).get(id)!;
  const extras = scale.staffOpen + scale.staffAssigned;
  const stride = Math.max(1, Math.floor(scale.tasks / Math.max(1, extras)));
  let [openLeft, assignedLeft, eventCount, rows, tasksDone] = [scale.staffOpen, scale.staffAssigned, 0, 0, 0];
  const shapeAt = (i: number): TaskShape => {
    const staff = org.bench.staff;
    if (i % stride === 0 && openLeft > 0) {
      openLeft--;
      return { owner: staff, plan: random.weighted({ in_progress: 65, submitted: 20, assigned: 15 }), startedDaysAgo: [1, 120] };
    }
    if (i % stride === Math.floor(stride / 2) && assignedLeft > 0) {
      assignedLeft--;
      return { owner: staff, plan: 'assigned', startedDaysAgo: [1, 10], workingDays: [25, 60] };
    }
    return { owner: random.int(0, org.people.length - 1) };
  };

  const queue = createWriteQueue(options.concurrency ?? 1);
  const loadTasks = async () => {
    const loadStarted = Date.now();
    for (let first = 0; first < scale.tasks; first += TASK_CHUNK) {
      const count = Math.min(TASK_CHUNK, scale.tasks - first);
      const taskRows: (typeof tasks.$inferInsert)[] = [];
      const eventRows: EventInsert[] = [];
      for (let i = first; i < first + count; i++) {
        const task = makeTask(context, shapeAt(i));
        taskRows.push(task.row);
        eventRows.push(...task.events);
        const stripes = unitTotals.get(task.row.unitId) ?? unitTotals.set(task.row.unitId, new Map()).get(task.row.unitId)!;
        const stripe = counterStripeOf(task.row.id!);
        const unit =
          stripes.get(stripe) ?? stripes.set(stripe, { open: 0, overdue: 0, completedOnTime: 0, completedLate: 0, transfers: 0, extensions: 0 }).get(stripe)!;
        const contribution = contributionOf(task.row.countedOutcome ?? null);
        unit.open += contribution.open;
        unit.overdue += contribution.overdue;
        unit.completedOnTime += contribution.completedOnTime;
        unit.completedLate += contribution.completedLate;
        unit.transfers += task.row.transferCount ?? 0;
        unit.extensions += task.row.extensionCount ?? 0;
        for (const away of task.transfersAway) personTotal(org.people[away].id).transfersAway++;
        for (const received of task.transfersReceived) personTotal(org.people[received].id).transfersReceived++;
        const owner = personTotal(task.row.ownerId);
        owner.extensions += task.row.extensionCount ?? 0;
        owner.returns += task.row.returnCount ?? 0;
      }
      eventCount += eventRows.length;
      await queue.add(async () => {
        await insertRows(db, tasks, taskRows);
        await insertChunks(db, taskEvents, eventRows, EVENT_CHUNK);
        rows += taskRows.length + eventRows.length;
        tasksDone += taskRows.length;
        const seconds = (Date.now() - loadStarted) / 1000;
        report({ phase: 'tasks', done: tasksDone, total: scale.tasks, rowsPerSecond: Math.round(rows / Math.max(seconds, 0.001)) });
      });
    }
    await queue.drain();
  };
  const log = (message: string) => report({ phase: 'indexes', done: 0, total: 0, rowsPerSecond: 0, message });
  // With the triggers off, the search rows (task_search, kept by triggers on tasks) are copied at once.
  const loadTasksAndSearch = async () => {
    await loadTasks();
    await db.execute(sql`insert into task_search (task_id, unit_path, due_date, search_text) select id, unit_path, due_date, search_text from tasks`);
  };
  if (options.bulk) await withBulkLoad(db, ['tasks', 'task_events', 'task_search'], loadTasksAndSearch, log);
  else await loadTasks();

  const pathOf = new Map(org.units.map((unit) => [unit.id, unit.path]));
  const workCounterRows = Array.from({ length: UNIT_COUNTER_STRIPES }, (_, stripe) => {
    const ownTotals = [...unitTotals].flatMap(([unitId, stripes]) =>
      stripes.has(stripe) ? [{ unitId, unitPath: pathOf.get(unitId)!, counts: stripes.get(stripe)! }] : [],
    );
    const rows = withSubtreeTotals(ownTotals, ['open', 'overdue', 'completedOnTime', 'completedLate', 'transfers', 'extensions'] as const);
    return rows.map(({ unitId, own, subtree }) => ({ agencyId: org.agencyId, unitId, stripe, ...own, ...subtreeColumns(subtree) }));
  }).flat();
  await insertChunks(db, unitWorkCounters, workCounterRows, 5000);
  await insertChunks(
    db,
    personWorkCounters,
    [...personTotals].map(([personId, totals]) => ({ agencyId: org.agencyId, personId, ...totals })),
    5000,
  );
  const campaigns = await generateCampaigns(db, context, scale.campaigns, report);
  const serverCalendar = new WorkingCalendar(VIETNAM_CALENDAR_2023_2027);
  const cases = await generateCases(db, { ...context, calendar: serverCalendar }, scale.cases, report);
  const reports = await generateReports(db, { random, org, calendar: serverCalendar, now }, scale.reports, report);
  if (options.bulk) await db.execute(sql`analyze`);
  const seconds = (Date.now() - started) / 1000;
  report({ phase: 'done', done: scale.tasks, total: scale.tasks, rowsPerSecond: Math.round(rows / seconds) });
  const person = (index: number) => org.people[index].id;
  return {
    agencyId: org.agencyId,
    scale,
    seed,
    logins: org.logins.map((login) => ({ ...login, password: BENCH_PASSWORD })),
    bench: {
      unitId: org.units[org.bench.unit].id,
      staffPersonId: person(org.bench.staff),
      headPersonId: person(org.bench.head),
      leaderPersonId: person(org.bench.leader),
      inspectorPersonId: person(org.bench.inspector),
      campaignIds: campaigns.ids,
    },
    counts: {
      units: org.units.length,
      people: org.people.length,
      tasks: scale.tasks,
      events: eventCount,
      campaigns: campaigns.ids.length,
      assignments: campaigns.assignments,
      cases,
      reports,
    },
    seconds,
  };
}

/** `tsx bench/generate.ts --scale agency [--tasks N] [--seed S]` into DATABASE_URL or a PGlite --data-dir. */
async function main() {
  const { parseArgs } = await import('node:util');
  const { openDatabase } = await import('../server/db/client.js');
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'agency' },
      tasks: { type: 'string' },
      seed: { type: 'string', default: '2026' },
      'data-dir': { type: 'string' },
    },
  });
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: values['data-dir'] ?? '.tmp/bench-generate', poolSize: 4 });
  await database.migrate();
  const result = await generate(database.db, {
    scale: values.scale as ScaleName,
    tasks: values.tasks ? Number(values.tasks) : undefined,
    seed: Number(values.seed),
    concurrency: database.kind === 'postgres' ? 3 : 1,
    onProgress: (p) => process.stdout.write(p.message ? `\n${p.message}\n` : `\r${p.phase} ${p.done}/${p.total} ${p.rowsPerSecond} rows/s   `),
  });
  console.log(`\n${JSON.stringify({ ...result, scale: result.scale.name }, null, 2)}`);
  await database.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
