import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type {
  Assignment,
  AssignmentEvent,
  AssignmentListItem,
  Campaign,
  CampaignListItem,
  Coverage,
  CreateCampaignInput,
  CreateMeetingInput,
  DisseminationSummary,
  Invitation,
  Laggard,
  Meeting,
  MeetingListItem,
  QuizResult,
} from '../../shared/contracts/dissemination';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_SIZE = 20;

export const disseminationKeys = {
  all: ['dissemination'] as const,
  campaigns: (cursor: string | undefined, q = '') => ['dissemination', 'campaigns', cursor ?? null, q] as const,
  campaign: (id: string) => ['dissemination', 'campaign', id] as const,
  coverage: (id: string, unitId: string | undefined) => ['dissemination', 'coverage', id, unitId ?? null] as const,
  laggards: (id: string, unitId: string | undefined, cursor: string | undefined) => ['dissemination', 'laggards', id, unitId ?? null, cursor ?? null] as const,
  mine: (state: string, cursor: string | undefined) => ['dissemination', 'mine', state, cursor ?? null] as const,
  assignment: (id: string) => ['dissemination', 'assignment', id] as const,
  events: (id: string) => ['dissemination', 'events', id] as const,
  summary: ['dissemination', 'summary'] as const,
  meetings: (view: string, cursor: string | undefined, q = '') => ['dissemination', 'meetings', view, cursor ?? null, q] as const,
  meeting: (id: string) => ['dissemination', 'meeting', id] as const,
  invitations: (id: string, cursor: string | undefined) => ['dissemination', 'invitations', id, cursor ?? null] as const,
};

export const useCampaigns = (cursor: string | undefined, q = '') =>
  useQuery({
    queryKey: disseminationKeys.campaigns(cursor, q),
    queryFn: ({ signal }) => api.get<Page<CampaignListItem>>('/campaigns', { cursor, limit: PAGE_SIZE, q: q || undefined }, signal),
    placeholderData: keepPreviousData,
  });
export const useCampaign = (id: string) =>
  useQuery({ queryKey: disseminationKeys.campaign(id), queryFn: ({ signal }) => api.get<Campaign>(`/campaigns/${id}`, undefined, signal) });
export const useCoverage = (id: string, unitId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: disseminationKeys.coverage(id, unitId),
    queryFn: ({ signal }) => api.get<Coverage>(`/campaigns/${id}/coverage`, { unitId }, signal),
    enabled,
  });

/** Every unit's own counts, a page at a time (the coverage answer holds a few levels only). */
export function fetchLaggards(id: string, unitId: string | undefined, cursor: string | undefined, limit = PAGE_SIZE, signal?: AbortSignal) {
  return api.get<Page<Laggard>>(`/campaigns/${id}/laggards`, { unitId, cursor, limit }, signal);
}
export const useLaggards = (id: string, unitId: string | undefined, cursor: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: disseminationKeys.laggards(id, unitId, cursor),
    queryFn: ({ signal }) => fetchLaggards(id, unitId, cursor, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useMyAssignments = (state: 'pending' | 'all', cursor: string | undefined, limit = PAGE_SIZE) =>
  useQuery({
    queryKey: disseminationKeys.mine(state, cursor),
    queryFn: ({ signal }) => api.get<Page<AssignmentListItem>>('/dissemination/mine', { state, cursor, limit }, signal),
    placeholderData: keepPreviousData,
  });
export const useAssignment = (id: string) =>
  useQuery({ queryKey: disseminationKeys.assignment(id), queryFn: ({ signal }) => api.get<Assignment>(`/dissemination/assignments/${id}`, undefined, signal) });
export const useAssignmentEvents = (id: string) =>
  useQuery({
    queryKey: disseminationKeys.events(id),
    queryFn: ({ signal }) => api.get<{ items: AssignmentEvent[] }>(`/dissemination/assignments/${id}/events`, undefined, signal),
  });
export const useDisseminationSummary = () =>
  useQuery({ queryKey: disseminationKeys.summary, queryFn: ({ signal }) => api.get<DisseminationSummary>('/dissemination/summary', undefined, signal) });

export const useMeetings = (view: 'invited' | 'organised', cursor: string | undefined, limit = PAGE_SIZE, q = '') =>
  useQuery({
    queryKey: disseminationKeys.meetings(view, cursor, q),
    queryFn: ({ signal }) => api.get<Page<MeetingListItem>>('/meetings', { view, cursor, limit, q: q || undefined }, signal),
    placeholderData: keepPreviousData,
  });
export const useMeeting = (id: string) =>
  useQuery({ queryKey: disseminationKeys.meeting(id), queryFn: ({ signal }) => api.get<Meeting>(`/meetings/${id}`, undefined, signal) });
export const useInvitations = (id: string, cursor: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: disseminationKeys.invitations(id, cursor),
    queryFn: ({ signal }) => api.get<Page<Invitation>>(`/meetings/${id}/invitations`, { cursor, limit: 50 }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Every write refreshes this module's queries: lists, counters and details move together. */
function useDisseminationMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: disseminationKeys.all }) });
}

export const useCreateCampaign = () => useDisseminationMutation((body: CreateCampaignInput) => api.post<Campaign>('/campaigns', body));
export const useUpdateCampaign = (id: string) => useDisseminationMutation((body: CreateCampaignInput) => api.put<Campaign>(`/campaigns/${id}`, body));
export const useCampaignCommand = (id: string) =>
  useDisseminationMutation(({ command, documentId }: { command: 'launch' | 'close' | 'remind' | 'newVersion'; documentId?: string }) =>
    command === 'newVersion'
      ? api.post<{ count: number }>(`/campaigns/${id}/documents/${documentId}/new-version`)
      : api.post<unknown>(`/campaigns/${id}/${command}`, command === 'close' ? {} : undefined),
  );
export const useAssignmentCommand = (id: string) =>
  useDisseminationMutation(
    (
      input: { command: 'open' } | { command: 'acknowledge' } | { command: 'commit'; typedName: string } | { command: 'quiz'; answers: number[] },
    ): Promise<Assignment | QuizResult> => {
      if (input.command === 'open') return api.post<Assignment>(`/dissemination/assignments/${id}/open`);
      if (input.command === 'acknowledge') return api.post<Assignment>(`/dissemination/assignments/${id}/acknowledge`, { confirm: true });
      if (input.command === 'commit') return api.post<Assignment>(`/dissemination/assignments/${id}/commit`, { typedName: input.typedName, confirm: true });
      return api.post<QuizResult>(`/dissemination/assignments/${id}/quiz`, { answers: input.answers });
    },
  );
export const useCreateMeeting = () => useDisseminationMutation((body: CreateMeetingInput) => api.post<Meeting>('/meetings', body));
export const useMeetingCommand = (id: string) =>
  useDisseminationMutation(
    (
      input:
        | { command: 'check-in'; code: string }
        | { command: 'attendance'; personId: string; status: 'present' | 'absent_excused' | 'absent_unexcused'; reason?: string }
        | { command: 'minutes'; minutes: string }
        | { command: 'conclusions'; text: string }
        | { command: 'close' },
    ) => {
      const { command, ...body } = input;
      return api.post<Meeting>(`/meetings/${id}/${command}`, command === 'close' ? undefined : body);
    },
  );
export const useConclusionToTask = (meetingId: string) =>
  useDisseminationMutation(
    ({
      conclusionId,
      ...body
    }: {
      conclusionId: string;
      ownerId: string;
      unitId: string;
      dueDate: string;
      expectedOutput: string;
      confirmNonWorkingDay?: boolean;
    }) => api.post<{ taskId: string }>(`/meetings/${meetingId}/conclusions/${conclusionId}/task`, body),
  );

export interface DocumentOption {
  id: string;
  number: string;
  title: string;
}
export const useDocumentSearch = (q: string) =>
  useQuery({
    queryKey: ['documents', 'search', q],
    queryFn: ({ signal }) => api.get<Page<DocumentOption>>('/documents', { q: q || undefined, limit: 20 }, signal),
  });
