import { type SQL, sql } from 'drizzle-orm';

/** A period over a unit subtree, as the evaluation module asks about it (inclusive local dates). */
export interface EvaluationWindow {
  agencyId: string;
  unitPath: string;
  from: string;
  to: string;
}

/**
 * The working days between a task's due date and the local day its result was submitted (after the due day,
 * Mon–Fri minus the agency's holidays plus its make-up days, as the calendar platform counts them); 0 when on time.
 */
const workingDaysLate = sql`case when t.submitted_at is null or (t.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= t.due_date then 0 else (
    select count(*)::int from generate_series(t.due_date + 1, (t.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date, interval '1 day') as g(day)
    left join calendar_days cd on cd.agency_id = t.agency_id and cd.day = g.day::date
    where case cd.kind when 'holiday' then false when 'makeup_workday' then true else extract(isodow from g.day) < 6 end) end`;

/**
 * For the evaluation module, one statement for a whole subtree: every task owned by someone in it, due in the
 * period and not cancelled, with what rating it needs — done or not, working days late, the quality grade of the
 * accepted result, returns for rework, extensions. Columns: owner_id, task_id, title, is_completed,
 * working_days_late, grade, return_count, extension_count. Served by tasks_scope_idx (subtree and due day).
 */
export function evaluationTaskFacts(window: EvaluationWindow): SQL {
  return sql`select t.owner_id, t.id as task_id, t.title, t.status = 'completed' as is_completed, ${workingDaysLate} as working_days_late,
      t.grade, t.return_count, t.extension_count
    from tasks t
    where t.agency_id = ${window.agencyId} and t.unit_path like ${`${window.unitPath}%`} and t.due_date between ${window.from} and ${window.to}
      and t.status <> 'cancelled'`;
}

/**
 * Who assigns each person's work in the period: per owner, the assigners of their tasks due in it (other than
 * themselves) with how many tasks each gave. Columns: owner_id, assigner_id, tasks.
 */
export function evaluationAssigners(window: EvaluationWindow): SQL {
  return sql`select t.owner_id, t.assigner_id, count(*)::int as tasks
    from tasks t
    where t.agency_id = ${window.agencyId} and t.unit_path like ${`${window.unitPath}%`} and t.due_date between ${window.from} and ${window.to}
      and t.status <> 'cancelled' and t.assigner_id <> t.owner_id
    group by t.owner_id, t.assigner_id`;
}

/**
 * Transfers away approved in the period, for the reviewer (facts, not deductions): tasks of the subtree due in
 * or after the period that changed owner, with the person who gave it up. Columns: person_id, task_id, title, occurred_at.
 */
export function evaluationTransfersAway(window: EvaluationWindow): SQL {
  return sql`select e.before->>'ownerId' as person_id, t.id as task_id, t.title, e.occurred_at
    from tasks t join task_events e on e.task_id = t.id
    where t.agency_id = ${window.agencyId} and t.unit_path like ${`${window.unitPath}%`} and t.due_date >= ${window.from} and t.transfer_count > 0
      and e.before ? 'ownerId' and (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date between ${window.from} and ${window.to}`;
}
