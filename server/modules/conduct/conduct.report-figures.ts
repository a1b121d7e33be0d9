import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

export interface ConductFigures {
  opened: number;
  concluded: number;
  dismissed: number;
  reminders: number;
  criticisms: number;
  disciplines: number;
}

/**
 * Conduct cases of the subtree opened in the window, how many of them are concluded or dismissed by now,
 * and the measures decided in the window by kind. Counts only: never a subject's name.
 */
export async function conductFigures(
  db: Db,
  window: { agencyId: string; unitPath: string; fromDate: string; toDate: string; fromInstant: Date; toInstant: Date },
): Promise<ConductFigures> {
  const [row] = await queryRows<ConductFigures>(
    db,
    sql`select
      count(*) filter (where created_at >= ${window.fromInstant} and created_at < ${window.toInstant})::int as opened,
      count(*) filter (where created_at >= ${window.fromInstant} and created_at < ${window.toInstant} and status in ('concluded', 'measure_decided', 'notified', 'closed'))::int as concluded,
      count(*) filter (where created_at >= ${window.fromInstant} and created_at < ${window.toInstant} and status = 'dismissed')::int as dismissed,
      count(*) filter (where measure_kind = 'reminder' and decision_on between ${window.fromDate}::date and ${window.toDate}::date)::int as reminders,
      count(*) filter (where measure_kind = 'criticism' and decision_on between ${window.fromDate}::date and ${window.toDate}::date)::int as criticisms,
      count(*) filter (where measure_kind = 'discipline' and decision_on between ${window.fromDate}::date and ${window.toDate}::date)::int as disciplines
    from conduct_cases
    where agency_id = ${window.agencyId} and subject_unit_path like ${`${window.unitPath}%`}`,
  );
  return row;
}
