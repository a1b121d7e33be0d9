import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { CreatePrivacyRequestInput, PrivacyRequest, PrivacyRequestState } from '../../shared/contracts/privacy';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_SIZE = 20;
const keys = {
  all: ['privacy'] as const,
  list: (state: PrivacyRequestState | undefined, cursor: string | undefined) => ['privacy', 'requests', state ?? null, cursor ?? null] as const,
};

export const usePrivacyRequests = (state: PrivacyRequestState | undefined, cursor: string | undefined) =>
  useQuery({
    queryKey: keys.list(state, cursor),
    queryFn: ({ signal }) => api.get<Page<PrivacyRequest>>('/privacy/requests', { state, cursor, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export function useCreatePrivacyRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePrivacyRequestInput) => api.post<PrivacyRequest>('/privacy/requests', input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export type Decision = { id: string; action: 'answer'; answer: string } | { id: string; action: 'refuse'; reason: string };

export function useDecidePrivacyRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) =>
      decision.action === 'answer'
        ? api.post<PrivacyRequest>(`/privacy/requests/${decision.id}/answer`, { answer: decision.answer })
        : api.post<PrivacyRequest>(`/privacy/requests/${decision.id}/refuse`, { reason: decision.reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
