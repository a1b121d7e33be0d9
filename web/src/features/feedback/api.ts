import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import { errorFromBody } from '../../shared/api/api-error';
import type {
  FeedbackCategory,
  FeedbackQueuePage,
  FeedbackReport,
  FeedbackStatus,
  PublicAgency,
  PublicUnit,
  ReporterIdentity,
  SubmittedReport,
  TrackedReport,
} from './types';

// ── Public channel ──

export function usePublicAgencies() {
  return useQuery({
    queryKey: ['public-feedback', 'agencies'],
    queryFn: ({ signal }) => api.get<{ items: PublicAgency[] }>('/public/feedback/agencies', undefined, signal),
  });
}

export function usePublicUnits(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['public-feedback', 'units', agencyId],
    queryFn: ({ signal }) => api.get<{ items: PublicUnit[] }>(`/public/feedback/agencies/${agencyId}/units`, undefined, signal),
    enabled: !!agencyId,
  });
}

export const submitReport = (body: unknown) => api.post<SubmittedReport>('/public/feedback/reports', body);
export const trackReport = (code: string) => api.post<TrackedReport>('/public/feedback/track', { code });
export const sendReporterMessage = (code: string, body: string) => api.post<TrackedReport>('/public/feedback/track/messages', { code, body });
export const rateAnswer = (code: string, score: number, comment: string) => api.post<TrackedReport>('/public/feedback/track/rating', { code, score, comment });

/** Sends one file for the report the code opens; the code travels in a header, never in the address. */
export async function sendReporterFile(code: string, file: File): Promise<TrackedReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch('/api/v1/public/feedback/track/attachments', {
    method: 'POST',
    headers: { accept: 'application/json', 'x-tracking-code': code },
    body: form,
  });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFromBody(response.status, body);
  return body as TrackedReport;
}

/** Downloads a file of the report through a POST (the code stays out of addresses and logs). */
export async function downloadReporterFile(code: string, attachmentId: string, fileName: string) {
  const response = await fetch(`/api/v1/public/feedback/track/attachments/${attachmentId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) throw errorFromBody(response.status, await response.json().catch(() => undefined));
  saveBlob(await response.blob(), fileName);
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

// ── Staff ──

export interface QueueFilters {
  status?: FeedbackStatus;
  /** Only reports still being worked on (waiting, accepted, case opened). */
  open?: 'true';
  category?: FeedbackCategory;
  acceptOverdue?: 'true';
  unitId?: string;
  q?: string;
}

export const feedbackKeys = {
  all: ['feedback'] as const,
  queue: (filters: QueueFilters, cursor: string | undefined) => ['feedback', 'queue', filters, cursor ?? null] as const,
  report: (id: string) => ['feedback', 'report', id] as const,
};

export function useFeedbackQueue(filters: QueueFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: feedbackKeys.queue(filters, cursor),
    queryFn: ({ signal }) => api.get<FeedbackQueuePage>('/feedback/reports', { limit: 20, cursor, ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFeedbackReport(id: string) {
  return useQuery({
    queryKey: feedbackKeys.report(id),
    queryFn: ({ signal }) => api.get<FeedbackReport>(`/feedback/reports/${id}`, undefined, signal),
    retry: false,
  });
}

/** One staff step: POST /feedback/reports/:id/<path>, then the page shows the report as it now is. */
export function useReportCommand(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => api.post<FeedbackReport>(`/feedback/reports/${id}/${path}`, body ?? {}),
    onSuccess: (report) => {
      client.setQueryData(feedbackKeys.report(id), report);
      void client.invalidateQueries({ queryKey: ['feedback', 'queue'] });
    },
  });
}

export const readIdentity = (id: string, purpose: string) => api.post<ReporterIdentity>(`/feedback/reports/${id}/identity`, { purpose });
