import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { openDatabase, queryRows } from '../server/db/client.js';
import { agencies, tasks, users } from '../server/db/schema/index.js';
import { createCalendarCache } from '../server/platform/calendar/calendar.repository.js';
import { systemClock } from '../server/platform/clock.js';
import { WorkingCalendar } from '../server/platform/calendar/working-days.js';
import { FastCalendar } from './generate/calendar.js';
import { benchServerConfig } from './server-config.js';

/**
 * The real application, as `npm run bench` measures it, plus a few /bench/* routes: a bare baseline
 * (one primary-key read), task ids for the scenarios, and the warning sweep. Answers the port it listens on.
 */
const env = process.env;

/**
 * Experiment (BENCH_FAST_CALENDAR=1): O(1) working-day arithmetic in place of the day-by-day loops,
 * to measure how much of a list request's CPU the signal and escalation computations take.
 */
if (env.BENCH_FAST_CALENDAR === '1') {
  const methods = ['isWorkingDay', 'addWorkingDays', 'previousWorkingDay', 'workingDaysBetween'] as const;
  const originals = Object.fromEntries(methods.map((name) => [name, WorkingCalendar.prototype[name]])) as Record<
    (typeof methods)[number],
    (...args: never[]) => never
  >;
  const tables = new WeakMap<WorkingCalendar, FastCalendar>();
  const tableOf = (calendar: WorkingCalendar) => {
    let table = tables.get(calendar);
    if (!table) {
      const slow = Object.fromEntries(methods.map((name) => [name, originals[name].bind(calendar)])) as unknown as ConstructorParameters<
        typeof FastCalendar
      >[0];
      tables.set(calendar, (table = new FastCalendar(slow)));
    }
    return table;
  };
  for (const name of methods) {
    (WorkingCalendar.prototype as unknown as Record<string, unknown>)[name] = function (this: WorkingCalendar, ...args: never[]) {
      const table = tableOf(this);
      return (table[name] as (...a: never[]) => unknown).apply(table, args);
    };
  }
}
export async function serveBenchApp(): Promise<number> {
  const config = benchServerConfig(env);
  const database = await openDatabase({ databaseUrl: env.BENCH_DATABASE_URL, dataDir: env.BENCH_DATA_DIR, poolSize: config.DATABASE_POOL_SIZE });
  const { db } = database;
  const app = await buildApp({ database, config, clock: systemClock, logger: false });

  const [agency] = await db.select({ id: agencies.id }).from(agencies).orderBy(asc(agencies.createdAt)).limit(1);
  const [staff] = await db
    .select({ personId: users.personId })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${env.BENCH_STAFF_USERNAME ?? 'bench-staff'})`);

  app.get('/bench/baseline', async () => {
    const [row] = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, agency.id));
    return row;
  });

  /** Ids of the bench staff member's tasks: 'assigned' ones for the write scenarios, any for reads. */
  app.get<{ Querystring: { status?: string; limit?: string } }>('/bench/tasks', async (request) => {
    const limit = Math.min(Number(request.query.limit ?? 1000), 50_000);
    const wanted = request.query.status;
    const status = wanted === 'assigned' || wanted === 'in_progress' ? eq(tasks.status, wanted) : undefined;
    const rows = await db
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.agencyId, agency.id), eq(tasks.ownerId, staff.personId!), status))
      .orderBy(status ? desc(tasks.dueDate) : asc(tasks.id))
      .limit(limit);
    return { ids: rows.map((row) => row.id) };
  });

  /** Ordinary staff accounts for the login scenario (they share the bench password). */
  /** Staff usernames; with ownsOpen=true only those who own open tasks (the peer list rotates over them, as Redmine's bench does). */
  app.get<{ Querystring: { limit?: string; ownsOpen?: string } }>('/bench/usernames', async (request) => {
    const ownsOpen = sql`exists (select 1 from tasks t where t.owner_id = ${users.personId} and t.status in ('assigned', 'in_progress', 'submitted'))`;
    const rows = await db
      .select({ username: users.username })
      .from(users)
      .where(and(sql`${users.username} like 'nv%'`, request.query.ownsOpen === 'true' ? ownsOpen : undefined))
      .orderBy(users.username)
      .limit(Math.min(Number(request.query.limit ?? 100), 1000));
    return { usernames: rows.map((row) => row.username) };
  });

  /** PostgreSQL backends serving this database, so the runner can read their CPU time from /proc. */
  app.get('/bench/db-pids', async () => {
    if (database.kind !== 'postgres') return { pids: [] };
    const rows = await queryRows<{ pid: number }>(db, sql`select pid from pg_stat_activity where datname = current_database()`);
    return { pids: rows.map((row) => Number(row.pid)) };
  });

  app.get('/bench/db-size', async () => {
    const [row] = await queryRows<{ bytes: string | number }>(db, sql`select pg_database_size(current_database()) as bytes`);
    return { bytes: Number(row.bytes) };
  });

  /** Runs the warning sweep once for the agency (a fresh run key each time) and times it. */
  app.post('/bench/sweep', async () => {
    const { runSignalSweep } = await import('../server/modules/work/index.js');
    const [cpu, started] = [process.cpuUsage(), performance.now()];
    const result = await runSignalSweep({ db, clock: systemClock, calendars: createCalendarCache(db) }, agency.id, `bench-${Date.now()}`);
    const used = process.cpuUsage(cpu);
    return { ...result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  });

  let isClosing = false;
  async function close() {
    if (isClosing) return;
    isClosing = true;
    await app.close();
    await database.close();
    process.exit(0);
  }
  process.on('SIGTERM', () => void close());
  process.on('SIGINT', () => void close());
  process.on('message', (message) => {
    if (message === 'close') void close();
  });
  process.on('disconnect', () => void close());

  await app.listen({ host: '127.0.0.1', port: Number(env.BENCH_PORT ?? 0) });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return port;
}
