import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { Explanation, ExplanationItemInput, ExplanationItemKind } from '../../shared/contracts/explanations';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export type ExplanationView = 'mine' | 'requested' | 'escalated';
interface CatalogItem {
  code: string;
  text: string;
}

export const PAGE_SIZE = 20;
const keys = {
  all: ['explanations'] as const,
  list: (view: ExplanationView, cursor: string | undefined) => ['explanations', 'list', view, cursor ?? null] as const,
  item: (kind: ExplanationItemKind, id: string) => ['explanations', 'item', kind, id] as const,
  one: (id: string) => ['explanations', 'one', id] as const,
};

export const useExplanations = (view: ExplanationView, cursor: string | undefined) =>
  useQuery({
    queryKey: keys.list(view, cursor),
    queryFn: ({ signal }) => api.get<Page<Explanation>>('/explanations', { view, cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
export const useItemExplanations = (itemKind: ExplanationItemKind, itemId: string) =>
  useQuery({
    queryKey: keys.item(itemKind, itemId),
    queryFn: ({ signal }) => api.get<Page<Explanation>>('/explanations', { view: 'item', itemKind, itemId, limit: 100 }, signal),
  });
export const useExplanation = (id: string) =>
  useQuery({ queryKey: keys.one(id), queryFn: ({ signal }) => api.get<Explanation>(`/explanations/${id}`, undefined, signal) });
/** The current catalog items a case may be classified with. */
export const useCaseCatalogs = (isEnabled: boolean) =>
  useQuery({
    queryKey: ['conduct', 'catalogs', 'current'],
    queryFn: ({ signal }) =>
      api.get<{ directive: { items: CatalogItem[] }; related: { items: CatalogItem[] } }>('/conduct/catalogs/current', undefined, signal),
    enabled: isEnabled,
  });

/** Each change also reaches the item's own timeline (a task's history), so everything is refetched. */
function useExplanationMutation<Input>(send: (input: Input) => Promise<Explanation>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries() });
}
export const useRequestExplanation = () =>
  useExplanationMutation((body: { item: ExplanationItemInput; workingDays: number; questions: string }) => api.post<Explanation>('/explanations', body));
export const useAnswerExplanation = (id: string) =>
  useExplanationMutation((body: { answer: string }) => api.post<Explanation>(`/explanations/${id}/answer`, body));
export const useDecideExplanation = (id: string) =>
  useExplanationMutation((body: { isAccepted: boolean; note: string }) => api.post<Explanation>(`/explanations/${id}/decide`, body));
export const useExplanationToCase = (id: string) =>
  useExplanationMutation((body: { items: { catalog: 'directive' | 'related'; code: string }[]; title?: string }) =>
    api.post<Explanation>(`/explanations/${id}/open-case`, body),
  );
