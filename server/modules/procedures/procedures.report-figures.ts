import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

type Window = { agencyId: string; unitPath: string; fromInstant: Date; toInstant: Date };

export interface ProcedureUnitRow {
  unitPath: string;
  runsStarted: number;
  runsFinished: number;
  stepsOnTime: number;
  stepsLate: number;
}

export interface ProcedureLateStep {
  procedureCode: string;
  procedureTitle: string;
  stepName: string;
  stepsDone: number;
  stepsLate: number;
}

/**
 * Per unit of the runs (the subtree's units that have any): runs started and finished in the window, and
 * the steps of those units' runs handed over in the window, on time or late against their limits.
 */
export async function procedureFiguresByUnit(db: Db, window: Window): Promise<ProcedureUnitRow[]> {
  const subtree = `${window.unitPath}%`;
  return queryRows<ProcedureUnitRow>(
    db,
    sql`select "unitPath", sum(started)::int as "runsStarted", sum(finished)::int as "runsFinished",
      sum(on_time)::int as "stepsOnTime", sum(late)::int as "stepsLate"
    from (
      select r.unit_path as "unitPath",
        count(*) filter (where r.started_at >= ${window.fromInstant} and r.started_at < ${window.toInstant}) as started,
        count(*) filter (where r.state = 'completed' and r.completed_at >= ${window.fromInstant} and r.completed_at < ${window.toInstant}) as finished,
        0 as on_time, 0 as late
      from procedure_runs r
      where r.agency_id = ${window.agencyId} and r.unit_path like ${subtree}
        and ((r.started_at >= ${window.fromInstant} and r.started_at < ${window.toInstant}) or (r.completed_at >= ${window.fromInstant} and r.completed_at < ${window.toInstant}))
      group by r.unit_path
      union all
      select r.unit_path, 0, 0, count(*) filter (where not s.is_late), count(*) filter (where s.is_late)
      from procedure_run_steps s join procedure_runs r on r.id = s.run_id
      where r.agency_id = ${window.agencyId} and r.unit_path like ${subtree} and r.started_at < ${window.toInstant}
        and s.state = 'done' and s.handed_over_at >= ${window.fromInstant} and s.handed_over_at < ${window.toInstant}
      group by r.unit_path
    ) x
    group by "unitPath" order by "unitPath"`,
  );
}

/** The procedure steps of the subtree's runs handed over late in the window, most late first (at most `limit`). */
export async function procedureLateSteps(db: Db, window: Window, limit = 20): Promise<ProcedureLateStep[]> {
  return queryRows<ProcedureLateStep>(
    db,
    sql`select p.code as "procedureCode", p.title as "procedureTitle", ps.name as "stepName",
      count(*)::int as "stepsDone", count(*) filter (where s.is_late)::int as "stepsLate"
    from procedure_run_steps s
    join procedure_runs r on r.id = s.run_id
    join procedures p on p.id = r.procedure_id
    join procedure_steps ps on ps.id = s.step_id
    where r.agency_id = ${window.agencyId} and r.unit_path like ${`${window.unitPath}%`} and r.started_at < ${window.toInstant}
      and s.state = 'done' and s.handed_over_at >= ${window.fromInstant} and s.handed_over_at < ${window.toInstant}
    group by p.code, p.title, ps.name, ps.position
    having count(*) filter (where s.is_late) > 0
    order by "stepsLate" desc, p.code, ps.position
    limit ${limit}`,
  );
}
