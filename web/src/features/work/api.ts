import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type {
  CreateTaskInput,
  MyWorkSummary,
  Person,
  Task,
  TaskEvent,
  TaskListItem,
  TaskSignalKind,
  TaskStatus,
  TrendWeek,
  UnitDashboardRow,
} from '../../shared/contracts';

export type TaskView = 'mine' | 'unit' | 'awaiting_my_decision';

export interface TaskFilters {
  status?: TaskStatus[];
  signal?: TaskSignalKind;
  q?: string;
  unitId?: string;
  ownerId?: string;
  /** yyyy-mm-dd, inclusive. */
  dueFrom?: string;
  dueTo?: string;
}

export interface TaskPage {
  items: TaskListItem[];
  nextCursor: string | null;
}

export const TASK_PAGE_SIZE = 20;

export const workKeys = {
  all: ['tasks'] as const,
  list: (view: TaskView, filters: TaskFilters, cursor: string | undefined) => ['tasks', 'list', view, filters, cursor ?? null] as const,
  summary: ['tasks', 'summary'] as const,
  dashboard: (unitId: string | undefined) => ['tasks', 'dashboard', unitId ?? null] as const,
  trend: (unitId: string | undefined) => ['tasks', 'trend', unitId ?? null] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
  events: (id: string) => ['tasks', 'events', id] as const,
};

/** One keyset page of a task view; the filters travel as query parameters (status repeats). */
export function fetchTaskPage(view: TaskView, filters: TaskFilters, cursor: string | undefined, limit = TASK_PAGE_SIZE, signal?: AbortSignal) {
  return api.get<TaskPage>('/tasks', { view, limit, cursor, ...filters }, signal);
}

export function useTaskPage(view: TaskView, filters: TaskFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: workKeys.list(view, filters, cursor),
    queryFn: ({ signal }) => fetchTaskPage(view, filters, cursor, TASK_PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The total of a warning's list (overdue, due soon, …), which no counter holds: counted by the server in
 * the list's own scope and filters, up to a bound (null past it). Asked only when `filters` name a warning.
 */
export function useWarningListTotal(view: TaskView, filters: TaskFilters) {
  const { signal: warning, ...rest } = filters;
  const count = useQuery({
    queryKey: [...workKeys.all, 'count', view, filters] as const,
    queryFn: ({ signal }) => api.get<{ total: number | null }>('/tasks/count', { view, signal: warning, ...rest }, signal).then((body) => body.total),
    enabled: warning !== undefined,
  });
  return warning === undefined ? null : (count.data ?? null);
}

export function useTaskSummary() {
  return useQuery({ queryKey: workKeys.summary, queryFn: ({ signal }) => api.get<MyWorkSummary>('/tasks/summary', undefined, signal) });
}

/** Per-unit counters, rolled up over each subtree, in tree order. */
export function useDashboard(unitId: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: workKeys.dashboard(unitId),
    queryFn: ({ signal }) => api.get<{ units: UnitDashboardRow[] }>('/tasks/dashboard', { unitId }, signal).then((body) => body.units),
    enabled,
  });
}

/** The last twelve weeks, from the weekly counters the server keeps on every write. */
export function useTrend(unitId: string | undefined) {
  return useQuery({
    queryKey: workKeys.trend(unitId),
    queryFn: ({ signal }) => api.get<{ weeks: TrendWeek[] }>('/tasks/dashboard/trend', { unitId, weeks: 12 }, signal).then((body) => body.weeks),
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: workKeys.detail(id), queryFn: ({ signal }) => api.get<Task>(`/tasks/${id}`, undefined, signal) });
}

export function useTaskEvents(id: string) {
  return useQuery({
    queryKey: workKeys.events(id),
    queryFn: ({ signal }) => api.get<{ items: TaskEvent[]; people: Record<string, string> }>(`/tasks/${id}/events`, undefined, signal),
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskInput) => api.post<Task>('/tasks', body),
    onSuccess: (task) => {
      queryClient.setQueryData(workKeys.detail(task.id), task);
      return queryClient.invalidateQueries({ queryKey: workKeys.all });
    },
  });
}

/** People the viewer may see, matching a name (diacritics optional), for the pickers. */
/** A person's name, for history entries that mention someone not on the task any more. */
export function usePersonName(id: string | null) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => api.get<Person>(`/people/${id}`, undefined, signal),
    enabled: id !== null,
    select: (person) => person.fullName,
    staleTime: 5 * 60_000,
  });
}
