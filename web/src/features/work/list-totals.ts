import type { MyWorkSummary, UnitDashboardRow } from '../../shared/contracts';
import type { TaskFilters } from './api';
import type { MyWorkScope, SummaryKey } from './my-work-filters';
import { openStatuses } from './work-labels';

/** The server stops counting a person's tasks here ("Việc của tôi" counters); a count that reached it is no total. */
export const SUMMARY_COUNT_CAP = 1000;

const uncapped = (count: number) => (count < SUMMARY_COUNT_CAP ? count : null);

/**
 * The total of "Việc tôi chủ trì" when its filter is exactly one of the counters already counted for
 * the summary cards (same statuses, same dates); null otherwise. Overdue and due-soon lists follow the
 * task's warning signals, which the counters do not: their total is counted (useWarningListTotal).
 */
export function mineTotal(scope: MyWorkScope, counter: SummaryKey | null, summary: MyWorkSummary | undefined): number | null {
  // The counters are taken over the first CAP open tasks: past it, none of them is a total.
  if (!summary || uncapped(summary.open) === null) return null;
  if (counter === 'dueToday' || counter === 'awaitingAcceptance') return summary[counter];
  if (counter === null && scope === 'open') return summary.open;
  return null;
}

export function decideTotal(summary: MyWorkSummary | undefined): number | null {
  return summary ? uncapped(summary.awaitingMyDecision) : null;
}

const isOpenStatusSet = (statuses: TaskFilters['status']) =>
  statuses?.length === openStatuses.length && openStatuses.every((status) => statuses.includes(status));

/**
 * The unit board's total when it lists one unit's open tasks and nothing narrows them further: the
 * dashboard's rolled-up counter for that unit (its whole subtree), read from the counters table.
 */
export function unitBoardTotal(filters: TaskFilters, rows: UnitDashboardRow[] | undefined): number | null {
  const unitId = countedUnitOf(filters);
  return unitId === null ? null : (rows?.find((row) => row.unitId === unitId)?.open ?? null);
}

/** The unit whose counter is the board's total under these filters, or null when no counter matches. */
export function countedUnitOf(filters: TaskFilters): string | null {
  const { status, unitId, ...rest } = filters;
  const isNarrowed = Object.values(rest).some((value) => value !== undefined && value !== '');
  return unitId && !isNarrowed && isOpenStatusSet(status) ? unitId : null;
}

/** "21–40 / 134": the rows on this page and, when known, how many there are; just "21–40" without a total. */
export function listRange(
  pageIndex: number,
  pageSize: number,
  rowsOnPage: number,
  total: number | null,
): { from: number; to: number; total: number | null } | null {
  if (rowsOnPage === 0) return null;
  const from = pageIndex * pageSize + 1;
  return { from, to: from + rowsOnPage - 1, total };
}
