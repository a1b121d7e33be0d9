import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../server/db/client.js';
import { openPeriod } from '../server/modules/evaluation/index.js';
import { actorOfUsername } from '../server/modules/auth/index.js';
import { ManualClock } from '../server/platform/clock.js';
import type { ScaleName } from './generate.js';
import { preparePglite, preparePostgres } from './run/database.js';

/**
 * npx tsx bench/evaluation-period.ts [--scale agency|city] [--tasks N] [--runs 3] [--database NAME]
 * Opens and computes a monthly period for the whole agency of a bench dataset (the month with most tasks due),
 * as the leader, through the evaluation service: scorecards, task facts and scores in set-based statements.
 * Each run is timed, then its period is deleted so the next run starts alike.
 */
const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'agency' }, tasks: { type: 'string' }, runs: { type: 'string', default: '3' }, database: { type: 'string' } },
});

async function main() {
  const scale = values.scale as ScaleName;
  const adminUrl = process.env.DATABASE_URL;
  const request = { scale, tasks: values.tasks ? Number(values.tasks) : undefined, seed: 2026, fresh: false, databaseName: values.database };
  const prepared = adminUrl ? await preparePostgres(adminUrl, request) : await preparePglite(request);
  const database = await openDatabase(
    prepared.kind === 'postgres' ? { databaseUrl: prepared.env.BENCH_DATABASE_URL, poolSize: 2 } : { dataDir: prepared.dataDir! },
  );
  await database.migrate();
  const db = database.db;
  const [month] = await queryRows<{ month: string; tasks: number }>(
    db,
    sql`select to_char(date_trunc('month', due_date), 'YYYY-MM-DD') as month, count(*)::int as tasks from tasks group by 1 order by 2 desc limit 1`,
  );
  const [root] = await queryRows<{ id: string; people: number }>(
    db,
    sql`select u.id, (select count(*)::int from people p where p.agency_id = u.agency_id) as people from units u where u.depth = 0 limit 1`,
  );
  const leader = prepared.dataset.logins.find((login) => login.role === 'leader')!;
  const actor = await actorOfUsername({ db }, leader.username);
  const clock = new ManualClock(new Date(`${month!.month}T02:00:00Z`));
  clock.set(new Date(new Date(clock.now()).setUTCMonth(clock.now().getUTCMonth() + 1)));
  console.log(
    `${prepared.kind} ${scale}: ${root!.people.toLocaleString('en')} people, ${month!.tasks.toLocaleString('en')} tasks due in ${month!.month.slice(0, 7)}`,
  );
  for (let run = 1; run <= Number(values.runs); run++) {
    const started = performance.now();
    const opened = await openPeriod({ db, clock }, actor, { unitId: root!.id, kind: 'month', startsOn: month!.month, isOutstandingUnit: false });
    const seconds = (performance.now() - started) / 1000;
    const [facts] = await queryRows<{ facts: number }>(
      db,
      sql`select count(*)::int as facts from evaluation_task_facts f join evaluation_scorecards s on s.id = f.scorecard_id where s.period_id = ${opened.id}`,
    );
    console.log(
      `run ${run}: ${opened.scorecards.toLocaleString('en')} scorecards, ${facts!.facts.toLocaleString('en')} task facts, opened and computed in ${seconds.toFixed(2)} s`,
    );
    await db.transaction(async (tx) => {
      const where = sql`(select id from evaluation_scorecards where period_id = ${opened.id})`;
      await tx.execute(sql`delete from evaluation_task_facts where scorecard_id in ${where}`);
      await tx.execute(sql`delete from evaluation_events where scorecard_id in ${where}`);
      await tx.execute(sql`delete from notifications where kind = 'evaluation_self_assessment' and dedupe_key = ${`evaluation:${opened.id}:self`}`);
      await tx.execute(sql`delete from evaluation_scorecards where period_id = ${opened.id}`);
      await tx.execute(sql`delete from evaluation_periods where id = ${opened.id}`);
    });
  }
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
