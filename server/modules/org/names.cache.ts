import type { Db } from '../../db/client.js';
import { BoundedMap } from '../../platform/bounded-map.js';
import { findNamed } from './named.repository.js';

/**
 * A count of writes to people and units in this process (org.routes.ts moves it). Not the sessions'
 * count (actor-changes.ts): that one also moves at every sign-in, which would empty this cache each time.
 */
let generation = 0;

export function namesChanged() {
  generation += 1;
}

interface Entry {
  name: string;
  generation: number;
  cachedAt: number;
}

/** Names of the people and units one page shows, by id ('' for an id the agency does not have). */
export interface Names {
  person(id: string): string;
  unit(id: string): string;
}

export interface NameCache {
  lookup(agencyId: string, personIds: readonly string[], unitIds: readonly string[]): Promise<Names>;
}

export interface NameCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

/**
 * People's full names and units' names behind an in-process cache. A task list shows three names
 * per row, a handful of distinct ones per page; looked up in its statement, they were 63 index
 * probes per page and a third of the database's CPU for the list. Names are read again after any
 * write to people or units through this process, and after `ttlMs` for one made through another instance.
 */
export function createNameCache(db: Db, options: NameCacheOptions = { ttlMs: 60_000, maxEntries: 20_000 }): NameCache {
  const people = new BoundedMap<string, Entry>(options.maxEntries);
  const units = new BoundedMap<string, Entry>(options.maxEntries);
  const isFresh = (entry: Entry | undefined, now: number): entry is Entry =>
    entry !== undefined && entry.generation === generation && now - entry.cachedAt < options.ttlMs;
  const missing = (cache: BoundedMap<string, Entry>, ids: readonly string[], now: number) => [...new Set(ids)].filter((id) => !isFresh(cache.get(id), now));

  return {
    async lookup(agencyId, personIds, unitIds) {
      const now = performance.now();
      const wantedPeople = missing(people, personIds, now);
      const wantedUnits = missing(units, unitIds, now);
      // This page's answers, whatever the cache evicts meanwhile.
      const read = new Map<string, string>();
      if (wantedPeople.length > 0 || wantedUnits.length > 0) {
        const readAt = generation;
        const named = await findNamed(db, agencyId, wantedUnits, wantedPeople);
        for (const person of named.people) {
          read.set(person.id, person.fullName);
          people.set(person.id, { name: person.fullName, generation: readAt, cachedAt: now });
        }
        for (const unit of named.units) {
          read.set(unit.id, unit.name);
          units.set(unit.id, { name: unit.name, generation: readAt, cachedAt: now });
        }
      }
      return {
        person: (id) => read.get(id) ?? people.get(id)?.name ?? '',
        unit: (id) => read.get(id) ?? units.get(id)?.name ?? '',
      };
    },
  };
}
