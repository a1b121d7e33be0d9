import { foldForSearch } from '../../platform/search-text.js';

/** Hours a printed setup token stays usable. */
export const SETUP_TOKEN_HOURS = 24;

/** A code from the name's initials ("Cơ quan Ủy ban MTTQ Việt Nam" → "CQUBMVN"), when none is given. */
export function agencyCodeOfName(name: string): string {
  const initials = foldForSearch(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('')
    .toUpperCase();
  return (initials.length >= 2 ? initials : `CQ${initials}`).slice(0, 30);
}
