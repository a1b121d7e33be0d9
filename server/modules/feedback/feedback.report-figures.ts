import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

export interface FeedbackFigures {
  received: number;
  acceptedInTime: number;
  answered: number;
  rejected: number;
  rated: number;
  /** Average satisfaction (1–5) of the rated answers, null when none was rated. */
  averageRating: number | null;
}

/**
 * Citizens' reports about the subtree received in the window: accepted within their limit (8 working
 * hours, fixed at receipt as accept_due_at), answered and rejected by now, and the reporters' ratings.
 */
export async function feedbackFigures(db: Db, window: { agencyId: string; unitPath: string; fromInstant: Date; toInstant: Date }): Promise<FeedbackFigures> {
  const [row] = await queryRows<FeedbackFigures & { averageRating: string | number | null }>(
    db,
    sql`select count(*)::int as received,
      count(*) filter (where accepted_at is not null and accepted_at <= accept_due_at)::int as "acceptedInTime",
      count(answered_at)::int as answered,
      count(*) filter (where status = 'rejected')::int as rejected,
      count(rating_score)::int as rated,
      round(avg(rating_score), 2) as "averageRating"
    from public_reports
    where agency_id = ${window.agencyId} and unit_path like ${`${window.unitPath}%`} and received_at >= ${window.fromInstant} and received_at < ${window.toInstant}`,
  );
  return { ...row, averageRating: row.averageRating === null ? null : Number(row.averageRating) };
}
