import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../shared/api';
import type {
  CaseCommandName,
  CaseEvent,
  CaseFile,
  CaseListItem,
  CaseSignalKind,
  CaseSource,
  CaseStatus,
  Catalog,
  CatalogImportResult,
  CatalogKind,
  CatalogVersion,
  ConductCase,
  DisciplineForm,
  OpenCaseBody,
  SignalMapping,
  SubjectCategory,
  Suggestion,
} from '../../shared/contracts';

export interface CaseFilters {
  status?: CaseStatus;
  source?: CaseSource;
  signal?: CaseSignalKind;
  mine?: 'handling' | 'subject';
  q?: string;
}

export const CASE_PAGE_SIZE = 20;

export const conductKeys = {
  all: ['conduct'] as const,
  list: (filters: CaseFilters, cursor: string | undefined) => ['conduct', 'cases', filters, cursor ?? null] as const,
  detail: (id: string) => ['conduct', 'case', id] as const,
  events: (id: string) => ['conduct', 'case', id, 'events'] as const,
  files: (id: string) => ['conduct', 'case', id, 'files'] as const,
  catalogs: ['conduct', 'catalogs'] as const,
  suggestions: (status: string, cursor: string | undefined) => ['conduct', 'suggestions', status, cursor ?? null] as const,
  mappings: ['conduct', 'mappings'] as const,
};

export function useCasePage(filters: CaseFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: conductKeys.list(filters, cursor),
    queryFn: ({ signal }) =>
      api.get<{ items: CaseListItem[]; nextCursor: string | null }>('/conduct/cases', { limit: CASE_PAGE_SIZE, cursor, ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: conductKeys.detail(id), queryFn: ({ signal }) => api.get<ConductCase>(`/conduct/cases/${id}`, undefined, signal), retry: false });
}

export function useCaseEvents(id: string) {
  return useQuery({
    queryKey: conductKeys.events(id),
    queryFn: ({ signal }) => api.get<{ items: CaseEvent[] }>(`/conduct/cases/${id}/events`, undefined, signal).then((body) => body.items),
  });
}

export function useCaseFiles(id: string) {
  return useQuery({
    queryKey: conductKeys.files(id),
    queryFn: ({ signal }) => api.get<{ items: CaseFile[] }>(`/conduct/cases/${id}/files`, undefined, signal).then((body) => body.items),
  });
}

export function useDisciplineForms(category: SubjectCategory, on: string | undefined) {
  return useQuery({
    queryKey: ['conduct', 'forms', category, on ?? null],
    queryFn: ({ signal }) => api.get<{ items: DisciplineForm[] }>('/conduct/discipline-forms', { category, on }, signal).then((body) => body.items),
    enabled: Boolean(on),
  });
}

/** Each due-process step is POST /conduct/cases/:id/<path>. */
export const casePaths: Record<Exclude<CaseCommandName, 'addEvidence'>, string> = {
  verify: 'verify',
  requestExplanation: 'request-explanation',
  submitExplanation: 'explanation',
  conclude: 'conclude',
  decideMeasure: 'measure',
  notify: 'notify',
  close: 'close',
  defer: 'defer',
  resume: 'resume',
  dismiss: 'dismiss',
  extendHandling: 'extend',
  assignInspector: 'assign',
};

export function useCaseCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, command, body }: { caseId: string; command: keyof typeof casePaths; body: object }) =>
      api.post<ConductCase>(`/conduct/cases/${caseId}/${casePaths[command]}`, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(conductKeys.detail(updated.id), updated);
      return queryClient.invalidateQueries({ queryKey: conductKeys.all });
    },
  });
}

export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCaseBody) => api.post<ConductCase>('/conduct/cases', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conductKeys.all }),
  });
}

export function useAddEvidence(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, isSealed, onProgress }: { file: File; isSealed: boolean; onProgress: (percent: number) => void }) =>
      uploadFile<CaseFile>(`/conduct/cases/${caseId}/files`, file, { query: { sealed: isSealed }, onProgress }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conductKeys.detail(caseId) }),
  });
}

export function useCurrentCatalogs() {
  return useQuery({
    queryKey: [...conductKeys.catalogs, 'current'],
    queryFn: ({ signal }) => api.get<{ directive: Catalog; related: Catalog }>('/conduct/catalogs/current', undefined, signal),
  });
}

export function useCatalogVersions() {
  return useQuery({
    queryKey: [...conductKeys.catalogs, 'versions'],
    queryFn: ({ signal }) => api.get<{ items: CatalogVersion[] }>('/conduct/catalogs', undefined, signal).then((body) => body.items),
  });
}

export function useImportCatalog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind, version, dryRun }: { file: File; kind: CatalogKind; version: string; dryRun: boolean }) =>
      uploadFile<CatalogImportResult>('/conduct/catalogs/import', file, { query: { kind, version, dryRun } }),
    onSuccess: (result) => (result.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: conductKeys.catalogs })),
  });
}

export function useSignalMappings() {
  return useQuery({
    queryKey: conductKeys.mappings,
    queryFn: ({ signal }) => api.get<{ items: SignalMapping[] }>('/conduct/signal-mappings', undefined, signal).then((body) => body.items),
  });
}

export function useSaveMappings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mappings: { signalKind: string; catalog: CatalogKind; code: string; isEnabled: boolean }[]) =>
      api.put<{ items: SignalMapping[] }>('/conduct/signal-mappings', { mappings }),
    onSuccess: (body) => queryClient.setQueryData(conductKeys.mappings, body.items),
  });
}

export function useSuggestions(status: 'open' | 'dismissed' | 'opened', cursor: string | undefined) {
  return useQuery({
    queryKey: conductKeys.suggestions(status, cursor),
    queryFn: ({ signal }) => api.get<{ items: Suggestion[]; nextCursor: string | null }>('/conduct/suggestions', { status, cursor, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSuggestionActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: conductKeys.all });
  return {
    compute: useMutation({ mutationFn: () => api.post<{ created: number; skipped: number }>('/conduct/suggestions/compute'), onSuccess: refresh }),
    dismiss: useMutation({
      mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post(`/conduct/suggestions/${id}/dismiss`, { reason }),
      onSuccess: refresh,
    }),
    open: useMutation({ mutationFn: (id: string) => api.post<ConductCase>(`/conduct/suggestions/${id}/open`, {}), onSuccess: refresh }),
  };
}
