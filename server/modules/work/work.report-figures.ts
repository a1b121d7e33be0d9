import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

/** A reporting window: local dates, both included, and the instants that bound them. */
export interface ReportWindow {
  agencyId: string;
  /** The unit subtree, as a path prefix. */
  unitPath: string;
  fromDate: string;
  toDate: string;
  fromInstant: Date;
  /** The instant just after the last day (exclusive). */
  toInstant: Date;
  /** Figures as at this instant (the data cut-off). */
  asOf: Date;
}

export interface TaskOutcomeRow {
  unitPath: string;
  completedOnTime: number;
  completedLate: number;
  openInTime: number;
  openOverdue: number;
}

/**
 * Tasks of the subtree due within the window (cancelled ones left out), per their own unit, by the four
 * outcomes as at the cut-off: timeliness is judged by the submission of an accepted or waiting result,
 * else by the cut-off day (work.outcome.ts says the same for one task).
 */
export async function taskOutcomesByUnit(db: Db, window: ReportWindow): Promise<TaskOutcomeRow[]> {
  const judgedOn = sql`(case when status in ('submitted', 'completed') and submitted_at is not null then (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date else (${window.asOf}::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date end)`;
  return queryRows<TaskOutcomeRow>(
    db,
    sql`select unit_path as "unitPath",
      count(*) filter (where status = 'completed' and ${judgedOn} <= due_date)::int as "completedOnTime",
      count(*) filter (where status = 'completed' and ${judgedOn} > due_date)::int as "completedLate",
      count(*) filter (where status <> 'completed' and ${judgedOn} <= due_date)::int as "openInTime",
      count(*) filter (where status <> 'completed' and ${judgedOn} > due_date)::int as "openOverdue"
    from tasks
    where agency_id = ${window.agencyId} and unit_path like ${`${window.unitPath}%`} and status <> 'cancelled'
      and due_date between ${window.fromDate}::date and ${window.toDate}::date
    group by unit_path`,
  );
}

/** Transfers, extensions and difficulties recorded in the window on the subtree's tasks, by event kind. */
export async function taskRequestCounts(db: Db, window: ReportWindow): Promise<Record<string, number>> {
  const rows = await queryRows<{ kind: string; count: number }>(
    db,
    sql`select e.kind, count(*)::int as count
    from task_events e join tasks t on t.id = e.task_id
    where e.agency_id = ${window.agencyId} and t.unit_path like ${`${window.unitPath}%`}
      and e.occurred_at >= ${window.fromInstant} and e.occurred_at < ${window.toInstant}
      and (e.kind like 'task.transfer%' or e.kind = 'task.transferred' or e.kind like 'task.extension%' or e.kind like 'task.difficulty%')
    group by e.kind`,
  );
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}
