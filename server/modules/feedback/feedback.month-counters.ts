import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { feedbackUnitMonthCounters, units } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { summedByRow } from '../../platform/counter-deltas.js';
import type { FeedbackFigures } from './feedback.report-figures.js';
import type { ReportRow } from './feedback.repository.js';

/** The columns of a report the monthly counters count. */
export type CountedReport = Pick<ReportRow, 'unitId' | 'receivedAt' | 'status' | 'acceptedAt' | 'acceptDueAt' | 'answeredAt' | 'ratingScore'>;

/** One unit's figures of one month, as its counter row holds them. */
export interface MonthFigures {
  unitId: string;
  month: string;
  received: number;
  acceptedInTime: number;
  answered: number;
  rejected: number;
  ratingSum: number;
  ratingCount: number;
}

/** One report's share of its unit's month of receipt, with the definitions `feedbackFigures` counts by. */
function figuresOf(report: CountedReport, sign: 1 | -1): MonthFigures {
  return {
    unitId: report.unitId,
    month: localDateOf(report.receivedAt).slice(0, 7),
    received: sign,
    acceptedInTime: report.acceptedAt !== null && report.acceptedAt <= report.acceptDueAt ? sign : 0,
    answered: report.answeredAt !== null ? sign : 0,
    rejected: report.status === 'rejected' ? sign : 0,
    ratingSum: (report.ratingScore ?? 0) * sign,
    ratingCount: report.ratingScore !== null ? sign : 0,
  };
}

/**
 * Moves one report's change into the counters, in the write's transaction: its old share is taken
 * out and its new one added (summed first, so an unchanged report writes nothing).
 */
export async function countReportChange(tx: Tx, agencyId: string, before: CountedReport | null, after: CountedReport) {
  const rows = summedByRow([...(before ? [figuresOf(before, -1)] : []), figuresOf(after, 1)], (share) => share.month);
  if (rows.length === 0) return;
  const c = feedbackUnitMonthCounters;
  await tx
    .insert(c)
    .values(rows.map((row) => ({ agencyId, ...row })))
    .onConflictDoUpdate({
      target: [c.agencyId, c.unitId, c.month],
      set: {
        received: sql`${c.received} + excluded.received`,
        acceptedInTime: sql`${c.acceptedInTime} + excluded.accepted_in_time`,
        answered: sql`${c.answered} + excluded.answered`,
        rejected: sql`${c.rejected} + excluded.rejected`,
        ratingSum: sql`${c.ratingSum} + excluded.rating_sum`,
        ratingCount: sql`${c.ratingCount} + excluded.rating_count`,
      },
    });
}

/**
 * The subtree's citizens' reports received from `fromMonth` to `toMonth` ('YYYY-MM'), as `feedbackFigures`
 * counts them over whole months: units × months of counter rows, never the reports.
 */
export async function monthlyFeedbackFigures(
  db: Db | Tx,
  scope: { agencyId: string; unitPath: string; fromMonth: string; toMonth: string },
): Promise<FeedbackFigures> {
  const c = feedbackUnitMonthCounters;
  const [row] = await db
    .select({
      received: sql<number>`coalesce(sum(${c.received}), 0)`.mapWith(Number),
      acceptedInTime: sql<number>`coalesce(sum(${c.acceptedInTime}), 0)`.mapWith(Number),
      answered: sql<number>`coalesce(sum(${c.answered}), 0)`.mapWith(Number),
      rejected: sql<number>`coalesce(sum(${c.rejected}), 0)`.mapWith(Number),
      rated: sql<number>`coalesce(sum(${c.ratingCount}), 0)`.mapWith(Number),
      // Rounded like round(avg(rating_score), 2): the same numeric division of the sum by the count.
      averageRating: sql<string | null>`round(sum(${c.ratingSum})::numeric / nullif(sum(${c.ratingCount}), 0), 2)`,
    })
    .from(c)
    .innerJoin(units, eq(units.id, c.unitId))
    .where(
      and(eq(c.agencyId, scope.agencyId), sql`${units.path} like ${`${scope.unitPath}%`}`, sql`${c.month} between ${scope.fromMonth} and ${scope.toMonth}`),
    );
  return { ...row, averageRating: row.averageRating === null ? null : Number(row.averageRating) };
}
