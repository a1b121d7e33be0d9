import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { SearchResponse } from '../../shared/contracts/search';

export const MIN_QUERY_LENGTH = 2;
const RESULTS_PER_KIND = 5;

/** The header's search, once the words have settled; nothing is asked for fewer than two characters. */
export const useGlobalSearch = (q: string) =>
  useQuery({
    queryKey: ['search', q],
    queryFn: ({ signal }) => api.get<SearchResponse>('/search', { q, limit: RESULTS_PER_KIND }, signal),
    enabled: q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
