import type { MyWorkSummary } from '../../shared/contracts';
import { todayIso } from '../../shared/format';
import type { TaskFilters } from './api';
import { closedStatuses, openStatuses } from './work-labels';

/** The summary counters, each of which narrows the list when clicked. */
export type SummaryKey = Exclude<keyof MyWorkSummary, 'open'>;
export const summaryKeys: SummaryKey[] = ['dueToday', 'overdue', 'dueSoon', 'awaitingAcceptance', 'awaitingMyDecision'];

export type MyWorkScope = 'open' | 'closed' | 'all';
export const myWorkScopes: MyWorkScope[] = ['open', 'closed', 'all'];

export function isSummaryKey(value: string | null): value is SummaryKey {
  return summaryKeys.includes(value as SummaryKey);
}

/** The list filters of "Việc tôi chủ trì" for a scope and an optional counter. */
export function mineFilters(scope: MyWorkScope, counter: SummaryKey | null): TaskFilters {
  const byScope: TaskFilters = { status: scope === 'open' ? openStatuses : scope === 'closed' ? closedStatuses : undefined };
  switch (counter) {
    case 'dueToday':
      return { status: openStatuses, dueFrom: todayIso(), dueTo: todayIso() };
    case 'overdue':
      return { status: openStatuses, signal: 'overdue' };
    case 'dueSoon':
      return { status: openStatuses, signal: 'due_soon' };
    case 'awaitingAcceptance':
      return { status: ['assigned'] };
    default:
      return byScope;
  }
}
