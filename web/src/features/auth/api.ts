import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, onUnauthenticated, setCsrfToken } from '../../shared/api';
import type { ActiveSessions, AuthOptions, CurrentSessionResponse, SessionResponse, SessionUser } from '../../shared/contracts';

const sessionQueryKey = ['auth', 'session'] as const;

function storeSession(queryClient: QueryClient, session: SessionResponse | null) {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionQueryKey, session);
}

/** A different user (or none): forget everything loaded for the previous one. */
function replaceSession(queryClient: QueryClient, session: SessionResponse | null) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  storeSession(queryClient, session);
}

/** Asks who is signed in; nobody is an answer (200 with null), not an error the console shows in red. */
async function fetchSession(): Promise<SessionResponse | null> {
  const { session } = await api.get<CurrentSessionResponse>('/auth/current-session');
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The signed-in user; only for pages behind the session guard. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser needs a session: render it behind RequireSession');
  return data.user;
}

/** When any call answers 401 (expired or revoked session), drop the session so the login page shows. */
export function endSessionOnUnauthenticated(queryClient: QueryClient) {
  onUnauthenticated(() => replaceSession(queryClient, null));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api.post<SessionResponse>('/auth/login', body),
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout'),
    onSettled: () => replaceSession(queryClient, null),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<SessionResponse>('/auth/password', body),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

/** Which ways in the server offers: the password form, single sign-on, or both. */
export function useAuthOptions() {
  return useQuery({ queryKey: ['auth', 'options'], queryFn: () => api.get<AuthOptions>('/auth/options'), staleTime: Infinity });
}

const sessionsQueryKey = ['auth', 'sessions'] as const;

/** The signed-in user's live sessions (device, address, signed in, last seen). */
export function useOwnSessions() {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: () => api.get<ActiveSessions>('/auth/sessions') });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ ok: true }>(`/auth/sessions/${id}/end`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ended: number }>('/auth/sessions/end-others'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
