import { sql } from 'drizzle-orm';
import type { Progress, TaskCounts, TraceLine } from '../../../contracts/plans.js';
import { queryRows, type Db } from '../../db/client.js';

/*
 * Progress of plans, read from the work module's task table in grouped SQL: one statement for every
 * target, unit and plan at once (no query per target). Outcomes follow work.outcome.ts: timeliness is
 * judged by the submission of a result (local date against the due date), otherwise by now; cancelled
 * tasks do not count. Hà Nội has no daylight saving time, so the local date is UTC + 7 hours.
 */
const localDate = (column: ReturnType<typeof sql.raw>) => sql`((${column} at time zone 'UTC') + interval '7 hours')::date`;

function outcomeCase(now: Date) {
  const nowLocal = sql`((${now.toISOString()}::timestamptz at time zone 'UTC') + interval '7 hours')::date`;
  const submittedLocal = localDate(sql.raw('coalesce(t.submitted_at, t.completed_at)'));
  return sql`case
    when t.status = 'completed' then case when ${submittedLocal} > t.due_date then 'completed_late' else 'completed_on_time' end
    when t.status = 'submitted' and t.submitted_at is not null then case when ${localDate(sql.raw('t.submitted_at'))} > t.due_date then 'open_overdue' else 'open_in_time' end
    else case when ${nowLocal} > t.due_date then 'open_overdue' else 'open_in_time' end end`;
}

interface RollupRow {
  plan_id: string | null;
  unit_id: string | null;
  target_id: string | null;
  level: 'target' | 'plan' | 'unit' | 'total';
  targets: number;
  attainment: number;
  total: number;
  completed_on_time: number;
  completed_late: number;
  open_in_time: number;
  open_overdue: number;
}

export interface Rollup {
  byTarget: Map<string, Progress>;
  byPlan: Map<string, Progress>;
  byUnit: Map<string, Progress>;
  total: Progress;
}

const emptyCounts = (): TaskCounts => ({ total: 0, completedOnTime: 0, completedLate: 0, openInTime: 0, openOverdue: 0 });
export const emptyProgress = (): Progress => ({ targets: 0, attainment: 0, tasks: emptyCounts() });

/** Per target, per plan, per accountable unit and overall, for the given plans of one agency. */
export async function rollupOfPlans(db: Db, agencyId: string, planIds: string[], now: Date): Promise<Rollup> {
  const result: Rollup = { byTarget: new Map(), byPlan: new Map(), byUnit: new Map(), total: emptyProgress() };
  if (planIds.length === 0) return result;
  const rows = await queryRows<RollupRow>(
    db,
    sql`
    with tg as (
      select id, plan_id, unit_id, reached_value, target_value from plan_targets
      where agency_id = ${agencyId} and plan_id in (${sql.join(
        planIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})),
    linked as (
      select t.source_id as target_id, ${outcomeCase(now)} as outcome
      from tasks t
      where t.agency_id = ${agencyId} and t.source_kind = 'plan_target' and t.source_id in (select id from tg) and t.status <> 'cancelled'),
    counts as (
      select target_id, count(*)::int as total,
        count(*) filter (where outcome = 'completed_on_time')::int as completed_on_time,
        count(*) filter (where outcome = 'completed_late')::int as completed_late,
        count(*) filter (where outcome = 'open_in_time')::int as open_in_time,
        count(*) filter (where outcome = 'open_overdue')::int as open_overdue
      from linked group by target_id)
    select tg.plan_id, tg.unit_id, tg.id as target_id,
      case when grouping(tg.id) = 0 then 'target' when grouping(tg.plan_id) = 0 then 'plan' when grouping(tg.unit_id) = 0 then 'unit' else 'total' end as level,
      count(*)::int as targets,
      coalesce(avg(least(tg.reached_value / tg.target_value, 1)), 0)::float8 as attainment,
      coalesce(sum(c.total), 0)::int as total,
      coalesce(sum(c.completed_on_time), 0)::int as completed_on_time,
      coalesce(sum(c.completed_late), 0)::int as completed_late,
      coalesce(sum(c.open_in_time), 0)::int as open_in_time,
      coalesce(sum(c.open_overdue), 0)::int as open_overdue
    from tg left join counts c on c.target_id = tg.id
    group by grouping sets ((tg.plan_id, tg.unit_id, tg.id), (tg.plan_id), (tg.unit_id), ())`,
  );
  for (const row of rows) {
    const progress: Progress = {
      targets: Number(row.targets),
      attainment: Math.round(Number(row.attainment) * 1000) / 1000,
      tasks: {
        total: Number(row.total),
        completedOnTime: Number(row.completed_on_time),
        completedLate: Number(row.completed_late),
        openInTime: Number(row.open_in_time),
        openOverdue: Number(row.open_overdue),
      },
    };
    if (row.level === 'target') result.byTarget.set(row.target_id!, progress);
    else if (row.level === 'plan') result.byPlan.set(row.plan_id!, progress);
    else if (row.level === 'unit') result.byUnit.set(row.unit_id!, progress);
    else if (progress.targets > 0) result.total = progress;
  }
  return result;
}

interface TraceRow {
  plan_id: string;
  target_id: string | null;
  metric: string | null;
  unit_of_measure: string | null;
  target_value: string | number | null;
  reached_value: string | number | null;
  deadline: string | null;
  target_unit_id: string | null;
  target_unit_name: string | null;
  person_id: string | null;
  person_name: string | null;
  task_id: string | null;
  task_title: string | null;
  task_status: NonNullable<TraceLine['task']>['status'] | null;
  task_outcome: NonNullable<TraceLine['task']>['outcome'];
  task_due: string | null;
  owner_id: string | null;
  owner_name: string | null;
  task_unit_id: string | null;
  task_unit_name: string | null;
}

/** The lines a report may hold; a directive with more than this many is cut and says so. */
export const TRACE_LINE_CAP = 5000;

/**
 * Targets of the plans and their linked tasks, one row per task (or per target without tasks), in plan
 * order; a task assigned from the plan document itself (source "document") is a line of its plan without
 * a target, listed before the targets.
 */
export async function traceRows(db: Db, agencyId: string, planIds: string[], now: Date) {
  if (planIds.length === 0) return [];
  const plans = sql.join(
    planIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const taskColumns = sql`t.id as task_id, t.title as task_title, t.status as task_status,
      case when t.status = 'cancelled' then null else ${outcomeCase(now)} end as task_outcome,
      t.due_date::text as task_due, o.id as owner_id, o.full_name as owner_name, ku.id as task_unit_id, ku.name as task_unit_name`;
  const planTask = sql`t.agency_id = ${agencyId} and t.source_kind = 'document' and t.source_id = p.document_id`;
  const rows = await queryRows<TraceRow & { issue_date: string; sort_order: number | null }>(
    db,
    sql`
    select * from (
      select p.document_id as plan_id, d.issue_date, pt.sort_order, pt.id as target_id, pt.metric, pt.unit_of_measure, pt.target_value, pt.reached_value,
        pt.deadline::text as deadline, pt.unit_id as target_unit_id, tu.name as target_unit_name, pe.id as person_id, pe.full_name as person_name, ${taskColumns}
      from plans p
      join documents d on d.id = p.document_id
      left join plan_targets pt on pt.plan_id = p.document_id
      left join units tu on tu.id = pt.unit_id
      left join people pe on pe.id = pt.accountable_person_id
      left join tasks t on t.agency_id = ${agencyId} and t.source_kind = 'plan_target' and t.source_id = pt.id
      left join people o on o.id = t.owner_id
      left join units ku on ku.id = t.unit_id
      where p.agency_id = ${agencyId} and p.document_id in (${plans})
        and (pt.id is not null or not exists (select 1 from tasks t where ${planTask}))
      union all
      select p.document_id, d.issue_date, null, null, null, null, null, null, null, null, null, null, null, ${taskColumns}
      from plans p
      join documents d on d.id = p.document_id
      join tasks t on ${planTask}
      join people o on o.id = t.owner_id
      join units ku on ku.id = t.unit_id
      where p.agency_id = ${agencyId} and p.document_id in (${plans})
    ) lines
    order by issue_date, plan_id, sort_order nulls first, target_id nulls first, task_due, task_id
    limit ${TRACE_LINE_CAP + 1}`,
  );
  return rows;
}
export type { TraceRow };
