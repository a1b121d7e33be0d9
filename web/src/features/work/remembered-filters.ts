import type { TaskSignalKind, TaskStatus } from '../../shared/contracts';
import type { TaskFilters } from './api';
import { openStatuses, signalKinds, taskStatuses } from './work-labels';

/** The query-string keys each list keeps its filters in; only these are remembered. */
export const rememberedKeys = {
  myWork: ['tab', 'loc', 'scope'],
  unitBoard: ['status', 'unitId', 'ownerId', 'signal', 'dueFrom', 'dueTo', 'q'],
} as const;
export type RememberedList = keyof typeof rememberedKeys;

/** One person's filters of one list, kept in this browser (a shared computer keeps each person's apart). */
export function storageKeyOf(list: RememberedList, personId: string): string {
  return `congvu.listFilters.${list}.${personId}`;
}

/** The list's own keys of a query string, in a stable order; other keys (a drill-down's) are not kept. */
export function pickRemembered(list: RememberedList, search: string): string {
  const given = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of rememberedKeys[list]) {
    const value = given.get(key);
    if (value !== null) kept.set(key, value);
  }
  return kept.toString();
}

/**
 * The query string to show: the address's own when it names any filter (a link, a drill-down, the
 * back button), else the one remembered for this list.
 */
export function effectiveSearch(list: RememberedList, search: string, stored: string | null): string {
  return pickRemembered(list, search) !== '' || !stored ? search : stored;
}

const ANY_STATUS = 'all';
const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const isUuid = (value: string | null) => (value && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined);

/** The unit board's filters and search words from its query string; open tasks when no status is named. */
export function unitBoardFiltersOf(params: URLSearchParams): { filters: TaskFilters; search: string } {
  const status = params.get('status');
  const statuses =
    status === null
      ? openStatuses
      : status === ANY_STATUS
        ? undefined
        : status.split(',').filter((s): s is TaskStatus => taskStatuses.includes(s as TaskStatus));
  const signal = params.get('signal');
  return {
    filters: {
      status: statuses?.length === 0 ? openStatuses : statuses,
      unitId: isUuid(params.get('unitId')),
      ownerId: isUuid(params.get('ownerId')),
      signal: signalKinds.includes(signal as TaskSignalKind) ? (signal as TaskSignalKind) : undefined,
      dueFrom: isDate(params.get('dueFrom')),
      dueTo: isDate(params.get('dueTo')),
    },
    search: params.get('q') ?? '',
  };
}

/** The query string of the unit board's filters (every status = "all", so it is not taken for the default). */
export function unitBoardSearchOf(filters: TaskFilters, search: string): URLSearchParams {
  const params = new URLSearchParams();
  params.set('status', filters.status?.length ? filters.status.join(',') : ANY_STATUS);
  for (const key of ['unitId', 'ownerId', 'signal', 'dueFrom', 'dueTo'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (search.trim()) params.set('q', search);
  return params;
}
