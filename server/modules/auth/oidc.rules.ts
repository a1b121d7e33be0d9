/** An account single sign-on may open: active, and not linked to a different subject. */
export interface OidcCandidate {
  id: string;
  agencyId: string;
  displayName: string;
  oidcSubject: string | null;
}

export type OidcMatch = { user: OidcCandidate; linkSubject: boolean; matchedBy: 'subject' | 'email' | 'username' } | undefined;

/**
 * Picks the one account a provider's person signs into: the linked subject first, then a verified
 * e-mail of the account's person, then the username claim; several equal candidates match none,
 * so a sign-in never lands in a guessed account.
 */
export function chooseAccount(candidates: { bySubject: OidcCandidate[]; byEmail: OidcCandidate[]; byUsername: OidcCandidate[] }): OidcMatch {
  if (candidates.bySubject.length > 0) {
    return candidates.bySubject.length === 1 ? { user: candidates.bySubject[0]!, linkSubject: false, matchedBy: 'subject' } : undefined;
  }
  const byEmail = candidates.byEmail.filter((user) => user.oidcSubject === null);
  if (byEmail.length > 0) return byEmail.length === 1 ? { user: byEmail[0]!, linkSubject: true, matchedBy: 'email' } : undefined;
  const byUsername = candidates.byUsername.filter((user) => user.oidcSubject === null);
  return byUsername.length === 1 ? { user: byUsername[0]!, linkSubject: true, matchedBy: 'username' } : undefined;
}
