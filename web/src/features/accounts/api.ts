import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';
import type { Account, AccountListQuery, AccountPage, Invitation, RoleGrant } from '../../shared/contracts';

export type AccountFilters = Omit<AccountListQuery, 'limit' | 'cursor'>;

const ACCOUNTS_PAGE_SIZE = 20;
const accountKeys = { all: ['accounts'] as const };

export function useAccountsPage(filters: AccountFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: [...accountKeys.all, 'list', filters, cursor ?? null],
    queryFn: ({ signal }) => api.get<AccountPage>('/accounts', { limit: ACCOUNTS_PAGE_SIZE, cursor, ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

/** A free username for the person, from their e-mail or name. */
export function fetchUsernameSuggestion(personId: string) {
  return api.get<{ username: string }>('/accounts/username-suggestion', { personId }).then((answer) => answer.username);
}

/** Every account command answers with the changed account; the lists are read again. */
function useAccountCommand<Input>(send: (input: Input) => Promise<Account>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }) });
}

export const useCreateAccount = () =>
  useAccountCommand((body: { personId: string; username: string; password?: string; roles: RoleGrant[] }) => api.post<Account>('/accounts', body));

export const useReplaceRoles = () =>
  useAccountCommand(({ id, roles }: { id: string; roles: RoleGrant[] }) => api.put<Account>(`/accounts/${id}/roles`, { roles }));

export const useResetPassword = () =>
  useAccountCommand(({ id, password }: { id: string; password: string }) => api.post<Account>(`/accounts/${id}/reset-password`, { password }));

export const useAccountAction = () =>
  useAccountCommand(({ id, action }: { id: string; action: 'unlock' | 'deactivate' | 'reactivate' }) => api.post<Account>(`/accounts/${id}/${action}`));

export const useLinkSsoSubject = () =>
  useAccountCommand(({ id, subject }: { id: string; subject: string | null }) =>
    subject === null ? api.delete<Account>(`/accounts/${id}/sso-subject`) : api.put<Account>(`/accounts/${id}/sso-subject`, { subject }),
  );

/** A one-time link for the person to set their own password; shown once. */
export const useIssueInvitation = () => useMutation({ mutationFn: (id: string) => api.post<Invitation>(`/accounts/${id}/invitation`) });
