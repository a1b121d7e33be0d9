import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { CreateReportBody, ReportRun } from '../../shared/contracts/reports';

const runsKey = ['reports', 'runs'] as const;

/** The runs, read again every second while one is still being generated. */
export function useReportRuns() {
  return useQuery({
    queryKey: runsKey,
    queryFn: ({ signal }) => api.get<{ items: ReportRun[]; canGenerate: boolean; canGenerateConfidential: boolean }>('/reports/runs', undefined, signal),
    refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'queued' || run.status === 'running') ? 1000 : false),
  });
}

export function useRequestReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportBody) => api.post<ReportRun>('/reports/runs', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: runsKey }),
  });
}

export const reportFileUrl = (id: string) => `/api/v1/reports/runs/${id}/file`;
