import type { Db } from '../../db/client.js';
import { CACHE_BOUNDS, type CacheOptions, createCache } from '../../platform/cache.js';
import { findNamed } from './org.named.repository.js';

/** Names of the people and units one page shows, by id ('' for an id the agency does not have). */
export interface Names {
  person(id: string): string;
  unit(id: string): string;
}

export interface NameCache {
  lookup(agencyId: string, personIds: readonly string[], unitIds: readonly string[]): Promise<Names>;
  /** Told by org's services after a rename commits: the next lookup reads these again. */
  forget(changed: { personIds?: readonly string[]; unitIds?: readonly string[] }): void;
}

/**
 * People's full names and units' names as task lists show them (a few distinct ones per page).
 * Staleness: a rename through this instance is seen at once; one through another instance after
 * CACHE_BOUNDS.names.ttlMs at most.
 */
export function createNameCache(db: Db, options: CacheOptions = CACHE_BOUNDS.names): NameCache {
  const people = createCache<string, string>(options);
  const units = createCache<string, string>(options);

  return {
    async lookup(agencyId, personIds, unitIds) {
      const wantedPeople = [...new Set(personIds)].filter((id) => !people.has(id));
      const wantedUnits = [...new Set(unitIds)].filter((id) => !units.has(id));
      // This page's answers, whatever the cache evicts meanwhile.
      const read = new Map<string, string>();
      if (wantedPeople.length > 0 || wantedUnits.length > 0) {
        const named = await findNamed(db, agencyId, wantedUnits, wantedPeople);
        for (const person of named.people) {
          read.set(person.id, person.fullName);
          people.set(person.id, person.fullName);
        }
        for (const unit of named.units) {
          read.set(unit.id, unit.name);
          units.set(unit.id, unit.name);
        }
      }
      return {
        person: (id) => read.get(id) ?? people.get(id) ?? '',
        unit: (id) => read.get(id) ?? units.get(id) ?? '',
      };
    },
    forget({ personIds = [], unitIds = [] }) {
      for (const id of personIds) people.delete(id);
      for (const id of unitIds) units.delete(id);
    },
  };
}
