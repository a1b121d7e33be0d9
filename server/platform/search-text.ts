import { foldForSearch } from '../../contracts/search-text.js';

// Shared with the web app, so the browser filters lists exactly as the server searches.
export { foldForSearch };

/** Escapes LIKE wildcards in user input. */
export function likePattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
