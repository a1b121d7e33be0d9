import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationChannel, NotificationKind } from '../../../../contracts/notification-vocabulary';
import { api } from '../../shared/api';
import type { WorkNotification } from '../../shared/contracts';

const UNREAD_POLL_MS = 60_000;
const RECENT_COUNT = 20;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  recent: ['notifications', 'recent'] as const,
  preferences: ['notification-preferences'] as const,
};

/** The number of unread bell lines (the server caps it at 100), polled every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => api.get<{ unread: number }>('/notifications/unread-count', undefined, signal).then((body) => body.unread),
    refetchInterval: UNREAD_POLL_MS,
    staleTime: 0,
  });
}

/** The first bell lines, loaded when the list is opened: what needs action first, repeated warnings grouped. */
export function useRecentNotifications(isOpen: boolean) {
  return useQuery({
    queryKey: notificationKeys.recent,
    queryFn: ({ signal }) => api.get<{ items: WorkNotification[] }>('/notifications', { limit: RECENT_COUNT }, signal).then((page) => page.items),
    enabled: isOpen,
    staleTime: 0,
  });
}

/** Marks the given lines read, or all of them when none are given. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lineKeys?: string[]) => api.post<{ marked: number }>('/notifications/read', lineKeys ? { lineKeys } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export interface NotificationPreference {
  kind: NotificationKind;
  channel: NotificationChannel;
  label: { vi: string; en: string };
  needsAction: boolean;
  mandatoryBecause: { vi: string; en: string } | null;
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => api.get<{ items: NotificationPreference[] }>('/notifications/preferences', undefined, signal).then((body) => body.items),
  });
}

export function useSetNotificationPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, channel }: { kind: NotificationKind; channel: NotificationChannel }) =>
      api.put<NotificationPreference>(`/notifications/preferences/${kind}`, { channel }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences }),
  });
}
