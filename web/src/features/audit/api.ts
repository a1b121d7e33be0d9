import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { AuditEvent, AuditVerifyResult } from '../../shared/contracts';

export interface AuditFilters {
  action?: string;
  subjectType?: string;
  /** yyyy-mm-dd, inclusive, in Asia/Ho_Chi_Minh. */
  from?: string;
  to?: string;
}

interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

const AUDIT_PAGE_SIZE = 50;

export function useAuditPage(filters: AuditFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['audit', 'list', filters, cursor ?? null],
    queryFn: ({ signal }) => api.get<AuditPage>('/audit', { limit: AUDIT_PAGE_SIZE, cursor, ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRecentAudit(limit: number) {
  return useQuery({
    queryKey: ['audit', 'recent', limit],
    queryFn: ({ signal }) => api.get<AuditPage>('/audit', { limit }, signal).then((page) => page.items),
  });
}

/** Re-computes the hash chain on the server; an action, so it runs only when asked. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/audit/verify') });
}
