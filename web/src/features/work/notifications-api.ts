import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { WorkNotification } from '../../shared/contracts';

const UNREAD_POLL_MS = 60_000;
const RECENT_COUNT = 20;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  recent: ['notifications', 'recent'] as const,
};

/** The unread count (the server caps it at 100), polled every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => api.get<{ unread: number }>('/notifications/unread-count', undefined, signal).then((body) => body.unread),
    refetchInterval: UNREAD_POLL_MS,
    staleTime: 0,
  });
}

/** The latest notifications, read and unread, loaded when the list is opened. */
export function useRecentNotifications(isOpen: boolean) {
  return useQuery({
    queryKey: notificationKeys.recent,
    queryFn: ({ signal }) => api.get<{ items: WorkNotification[] }>('/notifications', { limit: RECENT_COUNT }, signal).then((page) => page.items),
    enabled: isOpen,
    staleTime: 0,
  });
}

/** Marks the given notifications read, or all of them when no ids are given. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post<{ marked: number }>('/notifications/read', ids ? { ids } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
