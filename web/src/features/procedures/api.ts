import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type {
  CreateProcedureInput,
  Matrix,
  MyResponsibility,
  ProcedureDetail,
  ProcedureSummary,
  ProcedureVersion,
  Radar,
  Run,
  RunSummary,
  StartRunInput,
  VersionContentInput,
} from '../../shared/contracts/procedures';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface ProcedureFilters {
  unitId?: string;
  status?: string;
  q?: string;
}

export const PAGE_SIZE = 20;
const keys = {
  all: ['procedures'] as const,
  list: (filters: ProcedureFilters, cursor: string | undefined) => ['procedures', 'list', filters, cursor ?? null] as const,
  procedure: (id: string) => ['procedures', 'procedure', id] as const,
  version: (id: string) => ['procedures', 'version', id] as const,
  radar: (id: string) => ['procedures', 'radar', id] as const,
  runs: (procedureId: string | undefined, cursor: string | undefined) => ['procedures', 'runs', procedureId ?? null, cursor ?? null] as const,
  run: (id: string) => ['procedures', 'run', id] as const,
  mine: ['procedures', 'mine'] as const,
  matrix: (unitId: string) => ['procedures', 'matrix', unitId] as const,
};

export const useProcedures = (filters: ProcedureFilters, cursor: string | undefined) =>
  useQuery({
    queryKey: keys.list(filters, cursor),
    queryFn: ({ signal }) => api.get<Page<ProcedureSummary>>('/procedures', { ...filters, cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
export const useProcedure = (id: string) =>
  useQuery({ queryKey: keys.procedure(id), queryFn: ({ signal }) => api.get<ProcedureDetail>(`/procedures/${id}`, undefined, signal) });
export const useVersion = (id: string | undefined) =>
  useQuery({
    queryKey: keys.version(id ?? ''),
    queryFn: ({ signal }) => api.get<ProcedureVersion>(`/procedure-versions/${id}`, undefined, signal),
    enabled: !!id,
  });
export const useRadar = (id: string | undefined) =>
  useQuery({ queryKey: keys.radar(id ?? ''), queryFn: ({ signal }) => api.get<Radar>(`/procedure-versions/${id}/radar`, undefined, signal), enabled: !!id });
export const useRuns = (procedureId: string | undefined, cursor: string | undefined) =>
  useQuery({
    queryKey: keys.runs(procedureId, cursor),
    queryFn: ({ signal }) => api.get<Page<RunSummary>>('/procedure-runs', { procedureId, cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
export const useRun = (id: string) => useQuery({ queryKey: keys.run(id), queryFn: ({ signal }) => api.get<Run>(`/procedure-runs/${id}`, undefined, signal) });
export const useMyResponsibility = () =>
  useQuery({ queryKey: keys.mine, queryFn: ({ signal }) => api.get<MyResponsibility>('/responsibility/me', undefined, signal) });
export const useMatrix = (unitId: string | undefined) =>
  useQuery({ queryKey: keys.matrix(unitId ?? ''), queryFn: ({ signal }) => api.get<Matrix>('/responsibility/matrix', { unitId }, signal), enabled: !!unitId });

function useInvalidating<Input, Output>(call: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: keys.all }) });
}

export const useCreateProcedure = () => useInvalidating((input: CreateProcedureInput) => api.post<ProcedureDetail>('/procedures', input));
export const useOpenDraft = () => useInvalidating((procedureId: string) => api.post<ProcedureVersion>(`/procedures/${procedureId}/drafts`, {}));
export const useUpdateDraft = () =>
  useInvalidating(({ id, content }: { id: string; content: VersionContentInput }) => api.put<ProcedureVersion>(`/procedure-versions/${id}`, content));
export const useDecideVersion = () =>
  useInvalidating(({ id, action, note }: { id: string; action: 'submit' | 'approve' | 'return' | 'publish'; note?: string }) =>
    api.post<ProcedureVersion>(`/procedure-versions/${id}/${action}`, { note: note ?? '' }),
  );
export const useStartRun = () =>
  useInvalidating(({ versionId, input }: { versionId: string; input: StartRunInput }) => api.post<Run>(`/procedure-versions/${versionId}/runs`, input));
export const useCancelRun = () =>
  useInvalidating(({ id, reason }: { id: string; reason: string }) => api.post<Run>(`/procedure-runs/${id}/cancel`, { reason }));
export const usePromise = () =>
  useInvalidating(({ id, promisedDate, reason }: { id: string; promisedDate: string; reason: string }) =>
    api.post<Run>(`/procedure-runs/${id}/promise`, { promisedDate, reason }),
  );
