import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';

export interface RatingRow {
  unitPath: string;
  excellent: number;
  good: number;
  fulfilled: number;
  notFulfilled: number;
  notRated: number;
}

/**
 * Per unit of the scorecards: the published ratings (scorecards made public, through appeal and close) of
 * evaluation periods overlapping the window, by level, and the people not rated. A person counts once
 * per period, so a month and its quarter both overlapping the window count twice.
 */
export async function ratingDistribution(db: Db, window: { agencyId: string; unitPath: string; fromDate: string; toDate: string }): Promise<RatingRow[]> {
  return queryRows<RatingRow>(
    db,
    sql`select s.unit_path as "unitPath",
      count(*) filter (where s.is_rated and s.level = 'HTXSNV')::int as excellent,
      count(*) filter (where s.is_rated and s.level = 'HTTNV')::int as good,
      count(*) filter (where s.is_rated and s.level = 'HTNV')::int as fulfilled,
      count(*) filter (where s.is_rated and s.level = 'KHTNV')::int as "notFulfilled",
      count(*) filter (where not s.is_rated)::int as "notRated"
    from evaluation_scorecards s join evaluation_periods p on p.id = s.period_id
    where p.agency_id = ${window.agencyId} and p.starts_on <= ${window.toDate}::date and p.ends_on >= ${window.fromDate}::date
      and s.unit_path like ${`${window.unitPath}%`} and s.published_on is not null
    group by s.unit_path order by s.unit_path`,
  );
}
