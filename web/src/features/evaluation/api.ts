import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type {
  EvaluationHistoryPoint,
  EvaluationPeriod,
  EvaluationPeriodListItem,
  OverridableFigure,
  PeriodKind,
  RatingLevel,
  Scorecard,
  ScorecardEvent,
  ScorecardRow,
} from '../../shared/contracts';

type Page<T> = { items: T[]; nextCursor: string | null };
export const EVALUATION_PAGE_SIZE = 50;

const keys = {
  all: ['evaluation'] as const,
  scorecard: (id: string) => ['evaluation', 'scorecard', id] as const,
  events: (id: string) => ['evaluation', 'scorecard', id, 'events'] as const,
  history: ['evaluation', 'history'] as const,
  queue: (step: string, cursor: string | undefined) => ['evaluation', 'queue', step, cursor ?? null] as const,
  periods: (cursor: string | undefined) => ['evaluation', 'periods', cursor ?? null] as const,
  period: (id: string) => ['evaluation', 'period', id] as const,
  table: (id: string, filters: object, cursor: string | undefined) => ['evaluation', 'period', id, 'table', filters, cursor ?? null] as const,
};

export const useScorecard = (id: string) =>
  useQuery({ queryKey: keys.scorecard(id), queryFn: ({ signal }) => api.get<Scorecard>(`/evaluation/scorecards/${id}`, undefined, signal), retry: false });
export const useScorecardEvents = (id: string) =>
  useQuery({
    queryKey: keys.events(id),
    queryFn: ({ signal }) => api.get<{ items: ScorecardEvent[] }>(`/evaluation/scorecards/${id}/events`, undefined, signal).then((body) => body.items),
  });
export const useHistory = () =>
  useQuery({
    queryKey: keys.history,
    queryFn: ({ signal }) => api.get<{ items: EvaluationHistoryPoint[] }>('/evaluation/history', undefined, signal).then((body) => body.items),
  });
export const useQueue = (step: 'review' | 'decision' | 'appeal', cursor: string | undefined) =>
  useQuery({
    queryKey: keys.queue(step, cursor),
    queryFn: ({ signal }) => api.get<Page<ScorecardRow>>('/evaluation/queue', { step, cursor, limit: EVALUATION_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
export const usePeriods = (cursor: string | undefined) =>
  useQuery({
    queryKey: keys.periods(cursor),
    queryFn: ({ signal }) => api.get<Page<EvaluationPeriodListItem>>('/evaluation/periods', { cursor, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
export const usePeriod = (id: string) =>
  useQuery({ queryKey: keys.period(id), queryFn: ({ signal }) => api.get<EvaluationPeriod>(`/evaluation/periods/${id}`, undefined, signal), retry: false });
export const usePeriodTable = (id: string, filters: { unitId?: string; level?: RatingLevel }, cursor: string | undefined) =>
  useQuery({
    queryKey: keys.table(id, filters, cursor),
    queryFn: ({ signal }) => api.get<Page<ScorecardRow>>(`/evaluation/periods/${id}/scorecards`, { ...filters, cursor, limit: EVALUATION_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export type ScorecardStepBody =
  | { step: 'self-assessment'; general: number; bonus: number; comment: string }
  | { step: 'review'; comment: string; overrides: { figure: OverridableFigure; value: number; reason: string }[] }
  | { step: 'decide'; level?: RatingLevel; reason?: string }
  | { step: 'appeal'; reason: string }
  | { step: 'answer'; answer: string; level?: RatingLevel; reason?: string };

/** One step on a scorecard; the answer is the scorecard after it. */
export function useScorecardStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, ...body }: ScorecardStepBody) => api.post<Scorecard>(`/evaluation/scorecards/${id}/${step}`, body),
    onSuccess: (card) => {
      client.setQueryData(keys.scorecard(id), card);
      void client.invalidateQueries({ queryKey: keys.all });
    },
  });
}

export function usePeriodCommand(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (command: 'publish' | 'close' | 'recompute') => api.post<EvaluationPeriod>(`/evaluation/periods/${id}/${command}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useOpenPeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: string; kind: PeriodKind; startsOn: string; isOutstandingUnit: boolean }) =>
      api.post<EvaluationPeriod>('/evaluation/periods', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}
