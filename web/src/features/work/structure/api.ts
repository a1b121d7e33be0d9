import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { checklist, createSeriesBody, subtaskList, TaskSeries } from '../../../../../contracts/work-structure';
import { api } from '../../../shared/api';
import type { CreateTaskInput, Task } from '../../../shared/contracts';
import { workKeys } from '../api';

export type SubtaskList = z.infer<typeof subtaskList>;
export type Checklist = z.infer<typeof checklist>;
export type CreateSeriesBody = z.input<typeof createSeriesBody>;
export type { TaskSeries };

export const structureKeys = {
  subtasks: (id: string) => ['tasks', 'subtasks', id] as const,
  checklist: (id: string) => ['tasks', 'checklist', id] as const,
  series: ['task-series'] as const,
};

export function useSubtasks(taskId: string) {
  return useQuery({ queryKey: structureKeys.subtasks(taskId), queryFn: ({ signal }) => api.get<SubtaskList>(`/tasks/${taskId}/subtasks`, undefined, signal) });
}

/** Splits a task: the subtask is created like any task, with its own one owner. */
export function useCreateSubtask(parentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskInput) => api.post<Task>(`/tasks/${parentId}/subtasks`, body),
    onSuccess: (task) => {
      queryClient.setQueryData(workKeys.detail(task.id), task);
      return queryClient.invalidateQueries({ queryKey: workKeys.all });
    },
  });
}

export function useChecklist(taskId: string) {
  return useQuery({ queryKey: structureKeys.checklist(taskId), queryFn: ({ signal }) => api.get<Checklist>(`/tasks/${taskId}/checklist`, undefined, signal) });
}

export function useChecklistChange(taskId: string) {
  const queryClient = useQueryClient();
  const onSuccess = (list: Checklist) => queryClient.setQueryData(structureKeys.checklist(taskId), list);
  const add = useMutation({ mutationFn: (text: string) => api.post<Checklist>(`/tasks/${taskId}/checklist`, { text }), onSuccess });
  const tick = useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) => api.post<Checklist>(`/tasks/${taskId}/checklist/${itemId}/tick`, { done }),
    onSuccess,
  });
  return { add, tick };
}

export function useSeriesList() {
  return useQuery({
    queryKey: structureKeys.series,
    queryFn: ({ signal }) => api.get<{ items: TaskSeries[] }>('/task-series', undefined, signal).then((body) => body.items),
  });
}

export function useSeriesChange() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: structureKeys.series }), queryClient.invalidateQueries({ queryKey: workKeys.all })]);
  const create = useMutation({ mutationFn: (body: CreateSeriesBody) => api.post<TaskSeries>('/task-series', body), onSuccess });
  const skip = useMutation({
    mutationFn: ({ id, date, reason }: { id: string; date: string; reason: string }) => api.post<TaskSeries>(`/task-series/${id}/skip`, { date, reason }),
    onSuccess,
  });
  const end = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<TaskSeries>(`/task-series/${id}/end`, { reason }),
    onSuccess,
  });
  return { create, skip, end };
}
