import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

export interface TargetFigure {
  metric: string;
  unitOfMeasure: string;
  targetValue: number;
  reachedValue: number;
  deadline: string;
}

/** Plan targets of the subtree whose deadline falls in the window, with what they reached by now. */
export async function targetsDueIn(db: Db, window: { agencyId: string; unitPath: string; fromDate: string; toDate: string }): Promise<TargetFigure[]> {
  const rows = await queryRows<TargetFigure & { targetValue: string | number; reachedValue: string | number }>(
    db,
    sql`select metric, unit_of_measure as "unitOfMeasure", target_value as "targetValue", reached_value as "reachedValue", deadline::text as deadline
    from plan_targets
    where agency_id = ${window.agencyId} and unit_path like ${`${window.unitPath}%`} and deadline between ${window.fromDate}::date and ${window.toDate}::date
    order by deadline, metric
    limit 500`,
  );
  return rows.map((row) => ({ ...row, targetValue: Number(row.targetValue), reachedValue: Number(row.reachedValue) }));
}
