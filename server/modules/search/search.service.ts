import { type SearchGroup, searchKinds, type SearchResponse } from '../../../contracts/search.js';
import type { Actor } from '../../platform/actor.js';
import { DomainError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import type { SearchDeps } from './search.deps.js';
import { type SourceAnswer, sources } from './search.sources.js';

/** 0: the title starts with the words; 1: a word of the title does; 2: the title holds them; 3: only other fields match. */
export function rankOf(title: string, foldedQuery: string): number {
  const folded = foldForSearch(title);
  if (folded.startsWith(foldedQuery)) return 0;
  if (folded.includes(` ${foldedQuery}`)) return 1;
  return folded.includes(foldedQuery) ? 2 : 3;
}

/** A kind the actor may not list at all is left out, as the list would refuse it. */
async function ask(run: () => Promise<SourceAnswer>): Promise<SourceAnswer | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'forbidden') return null;
    throw error;
  }
}

/** One query per kind, each bounded by `limit` and by its list's indexed search text; groups ranked by their best title match. */
export async function searchEverything(deps: SearchDeps, actor: Actor, q: string, limit: number): Promise<SearchResponse> {
  const folded = foldForSearch(q);
  const answers = await Promise.all(searchKinds.map((kind) => ask(() => sources[kind](deps, actor, q, limit))));
  const groups = searchKinds
    .map((kind, order) => {
      const found = answers[order];
      if (!found || found.items.length === 0) return null;
      const ranked = found.items.map((item, index) => ({ item, index, rank: rankOf(item.title, folded) }));
      ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
      return { order, best: ranked[0].rank, group: { kind, items: ranked.map(({ item }) => item), hasMore: found.hasMore } satisfies SearchGroup };
    })
    .filter((entry) => entry !== null);
  groups.sort((a, b) => a.best - b.best || a.order - b.order);
  return { q, groups: groups.map(({ group }) => group) };
}
