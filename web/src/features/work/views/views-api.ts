import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api';
import type { BulkAction, BulkResult, FollowState, MentionablePeople, SavedView, TaskWindow } from '../../../shared/contracts/work-views';
import type { TaskFilters } from '../api';

/** The most tasks a calendar window reads (the server's cap); its Excel export asks for the same. */
export const TASK_WINDOW_LIMIT = 500;

export type WindowScope = { view: 'mine' | 'unit'; unitId?: string; planId?: string };

const viewKeys = {
  window: (scope: WindowScope, from: string, to: string) => ['tasks', 'window', scope, from, to] as const,
  saved: ['tasks', 'saved-views'] as const,
  follow: (id: string) => ['tasks', 'follow', id] as const,
};

/** The tasks due in [from, to] (at most 100 days), with the holidays to shade. */
export function useTaskWindow(scope: WindowScope, from: string, to: string) {
  return useQuery({
    queryKey: viewKeys.window(scope, from, to),
    queryFn: ({ signal }) => api.get<TaskWindow>('/tasks/window', { ...scope, from, to, limit: TASK_WINDOW_LIMIT }, signal),
  });
}

export function useSavedViews() {
  return useQuery({ queryKey: viewKeys.saved, queryFn: ({ signal }) => api.get<{ items: SavedView[] }>('/tasks/views', undefined, signal) });
}

export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; filters: TaskFilters; sharedUnitId: string | null }) => api.post<SavedView>('/tasks/views', body),
    onSuccess: () => client.invalidateQueries({ queryKey: viewKeys.saved }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/tasks/views/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: viewKeys.saved }),
  });
}

/** One command per task on the server; the answer says, task by task, what was done. */
export function useBulkAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkAction) => api.post<BulkResult>('/tasks/bulk', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export function useFollow(taskId: string) {
  const client = useQueryClient();
  const state = useQuery({ queryKey: viewKeys.follow(taskId), queryFn: ({ signal }) => api.get<FollowState>(`/tasks/${taskId}/follow`, undefined, signal) });
  const change = useMutation({
    mutationFn: (follow: boolean) => (follow ? api.put<FollowState>(`/tasks/${taskId}/follow`, {}) : api.delete<FollowState>(`/tasks/${taskId}/follow`)),
    onSuccess: (next) => client.setQueryData(viewKeys.follow(taskId), next),
  });
  return { state, change };
}

/** People who may see the task, matching a name, for the @mention picker. */
export function useMentionable(taskId: string, q: string) {
  return useQuery({
    queryKey: ['tasks', 'mentionable', taskId, q],
    queryFn: ({ signal }) => api.get<MentionablePeople>(`/tasks/${taskId}/mentionable`, { q: q || undefined }, signal),
    staleTime: 60_000,
  });
}
