import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../shared/api';
import type {
  CreatePlanInput,
  DocumentDetail,
  DocumentInput,
  DocumentKind,
  DocumentRelationKind,
  DocumentView,
  Plan,
  TargetInput,
  Traceability,
} from '../../shared/contracts/documents';

export interface DocumentFilters {
  kind?: DocumentKind;
  year?: number;
  q?: string;
}

export const DOCUMENT_PAGE_SIZE = 20;

export const documentKeys = {
  all: ['documents'] as const,
  list: (filters: DocumentFilters, cursor: string | undefined) => ['documents', 'list', filters, cursor ?? null] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
  plan: (id: string) => ['documents', 'plan', id] as const,
  trace: (id: string) => ['documents', 'trace', id] as const,
};

export function fetchDocumentPage(filters: DocumentFilters, cursor: string | undefined, limit = DOCUMENT_PAGE_SIZE, signal?: AbortSignal) {
  return api.get<{ items: DocumentView[]; nextCursor: string | null }>('/documents', { limit, cursor, ...filters }, signal);
}

export function useDocumentPage(filters: DocumentFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: documentKeys.list(filters, cursor),
    queryFn: ({ signal }) => fetchDocumentPage(filters, cursor, DOCUMENT_PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => api.get<DocumentDetail>(`/documents/${id}`, undefined, signal) });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: documentKeys.plan(id), queryFn: ({ signal }) => api.get<Plan>(`/plans/${id}`, undefined, signal) });
}

export function useTraceability(id: string) {
  return useQuery({ queryKey: documentKeys.trace(id), queryFn: ({ signal }) => api.get<Traceability>(`/documents/${id}/traceability`, undefined, signal) });
}

/** Every write answers with the record after it; the register's lists and views refresh. */
function useDocumentsMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }) });
}

export const useCreateDocument = () => useDocumentsMutation((body: DocumentInput) => api.post<DocumentDetail>('/documents', body));
export const useUpdateDocument = (id: string) => useDocumentsMutation((body: DocumentInput) => api.put<DocumentDetail>(`/documents/${id}`, body));
export const useAddRelation = (id: string) =>
  useDocumentsMutation((body: { kind: DocumentRelationKind; targetDocumentId: string }) => api.post<DocumentDetail>(`/documents/${id}/relations`, body));
export const useRemoveRelation = (id: string) =>
  useDocumentsMutation((relationId: string) => api.delete<{ ok: true }>(`/documents/${id}/relations/${relationId}`));

export const useUploadDocumentFile = (id: string) =>
  useDocumentsMutation(
    ({ file, note, asNewVersion, onProgress }: { file: File; note?: string; asNewVersion: boolean; onProgress: (percent: number) => void }) =>
      uploadFile<DocumentDetail>(asNewVersion ? `/documents/${id}/versions` : `/documents/${id}/files`, file, {
        onProgress,
        fields: asNewVersion ? { note: note ?? '' } : undefined,
      }),
  );

export const useCreatePlan = () => useDocumentsMutation((body: CreatePlanInput) => api.post<Plan>('/plans', body));
export const useUpdatePlan = (id: string) => useDocumentsMutation((body: { unitId: string; objectives: string }) => api.put<Plan>(`/plans/${id}`, body));
export const useSaveTarget = (planId: string) =>
  useDocumentsMutation(({ targetId, body }: { targetId?: string; body: TargetInput }) =>
    targetId ? api.put<Plan>(`/plans/${planId}/targets/${targetId}`, body) : api.post<Plan>(`/plans/${planId}/targets`, body),
  );
export const useRemoveTarget = (planId: string) => useDocumentsMutation((targetId: string) => api.delete<Plan>(`/plans/${planId}/targets/${targetId}`));
export const useReportReached = (planId: string) =>
  useDocumentsMutation(({ targetId, reachedValue }: { targetId: string; reachedValue: number }) =>
    api.post<Plan>(`/plans/${planId}/targets/${targetId}/reached`, { reachedValue }),
  );

export const fileUrl = (documentId: string, fileId: string) => `/api/v1/documents/${documentId}/files/${fileId}`;
