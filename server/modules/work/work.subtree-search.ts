import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { addCalendarDays, daysBetween, laterDate } from '../../platform/calendar/dates.js';

/**
 * A text search on a unit's board, day by day in due order. Asked in one query, PostgreSQL matches
 * the words against every task of the subtree before it can sort by due date: a department of a city
 * has ~10,000 candidates for a common topic, so the first page's cost grew with the data.
 * task_search_scope_idx also keys each task by "<unitId>@<due day>" (task_search_scopes(), migration
 * 0015), so each round reads the subtree's tasks due on the next few days and matches their titles
 * one by one, until the page is full; the rest of the window then goes to the words' trigrams in one
 * query. The first round reads one day; each next one as many days as the matches seen so far say
 * the page still needs. So a search reads about a page's worth of matches, however large the subtree
 * or the agency, in a few rounds.
 */

/** The day task_search_scopes() counts due days from. */
const DAY_ZERO = '1900-01-01';
/** Rounds before the rest of the window goes to the trigrams in one query, and the most days one reads. */
const DAY_ROUNDS = 6;
const MOST_DAYS = 366;

/** The due day of a date, as task_search_scopes() keys it. */
export const searchDayOf = (isoDate: string) => Math.max(daysBetween(DAY_ZERO, isoDate), 0);
export const searchDayStart = (day: number) => addCalendarDays(DAY_ZERO, day);

/**
 * The earliest due date in a subtree, from each unit's first entry in tasks_scope_idx: a probe per
 * unit rather than a walk over the subtree's tasks. Only when the search gives no start.
 */
async function earliestDueIn(db: Db, agencyId: string, unitPath: string): Promise<string | undefined> {
  const [row] = await queryRows<{ earliest: string | null }>(
    db,
    sql`select min(first.due_date)::text as earliest from units u
  cross join lateral (select t.due_date from tasks t where t.agency_id = u.agency_id and t.unit_path = u.path order by t.due_date limit 1) first
  where u.agency_id = ${agencyId} and u.path like ${`${unitPath}%`}`,
  );
  return row?.earliest ?? undefined;
}

/** What the day-by-day search reads of a page's filter, and sets on it for each round. */
interface DayWindowFilter {
  agencyId: string;
  unitPath: string;
  dueFrom?: string;
  dueTo?: string;
  after?: [string, string];
  searchDays?: number[];
  limit: number;
}

/** The rows of a subtree search page (plus one when more follow), asked day by day. */
export async function searchSubtreeByDays<Row, Filter extends DayWindowFilter>(
  db: Db,
  filter: Filter,
  page: (filter: Filter) => Promise<Row[]>,
): Promise<Row[]> {
  const start = laterDate(filter.dueFrom, filter.after?.[0]) ?? (await earliestDueIn(db, filter.agencyId, filter.unitPath));
  if (!start) return [];
  const lastDay = filter.dueTo ? searchDayOf(filter.dueTo) : Number.POSITIVE_INFINITY;
  const rows: Row[] = [];
  const firstDay = searchDayOf(start);
  let day = firstDay;
  let span = 1;
  // Each round asks for what the page still lacks; `limit` rows plus one tell whether more follow.
  for (let round = 0; round < DAY_ROUNDS && day <= lastDay; round++) {
    const days = Array.from({ length: Math.min(span, lastDay - day + 1) }, (_, i) => day + i);
    rows.push(...(await page({ ...filter, searchDays: days, limit: filter.limit - rows.length })));
    if (rows.length > filter.limit) return rows;
    day += days.length;
    span = nextSpan(day - firstDay, rows.length, filter.limit + 1 - rows.length);
  }
  if (day > lastDay) return rows;
  rows.push(...(await page({ ...filter, dueFrom: laterDate(filter.dueFrom, searchDayStart(day)), limit: filter.limit - rows.length })));
  return rows;
}

/** Days for the next round: at the rate of matches seen so far, with a quarter to spare; four times the days read when none matched. */
function nextSpan(daysRead: number, matched: number, wanted: number): number {
  const days = matched === 0 ? daysRead * 4 : Math.ceil(((wanted * daysRead) / matched) * 1.25);
  return Math.min(Math.max(days, 1), MOST_DAYS);
}
