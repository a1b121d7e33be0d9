import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { EntryBody, WeeklySchedule } from '../../shared/contracts/schedule';

export const scheduleKeys = { week: (week: string) => ['schedule', 'week', week] as const };

export function useWeek(week: string) {
  return useQuery({ queryKey: scheduleKeys.week(week), queryFn: ({ signal }) => api.get<WeeklySchedule>('/weekly-schedules', { week }, signal) });
}

/** Every write answers with the week as it now is. */
function useWeekWrite<V>(write: (variables: V) => Promise<WeeklySchedule>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (week) => {
      void queryClient.invalidateQueries({ queryKey: ['schedule'] });
      queryClient.setQueryData(scheduleKeys.week(week.weekStart), week);
    },
  });
}

export const useCreateSchedule = () => useWeekWrite((week: string) => api.post<WeeklySchedule>('/weekly-schedules', { week }));
export const useSaveEntry = (scheduleId: string) =>
  useWeekWrite(({ entryId, body }: { entryId?: string; body: EntryBody }) =>
    entryId
      ? api.put<WeeklySchedule>(`/weekly-schedules/${scheduleId}/entries/${entryId}`, body)
      : api.post<WeeklySchedule>(`/weekly-schedules/${scheduleId}/entries`, body),
  );
export const useCancelEntry = (scheduleId: string) =>
  useWeekWrite(({ entryId, reason }: { entryId: string; reason: string }) =>
    api.post<WeeklySchedule>(`/weekly-schedules/${scheduleId}/entries/${entryId}/cancel`, { reason }),
  );
export type ScheduleStep = { name: 'submit' | 'approve' } | { name: 'return'; reason: string } | { name: 'publish'; onPublicSite: boolean };
export const useMoveSchedule = (scheduleId: string) =>
  useWeekWrite((step: ScheduleStep) => {
    const { name, ...body } = step;
    return api.post<WeeklySchedule>(`/weekly-schedules/${scheduleId}/${name}`, body);
  });
