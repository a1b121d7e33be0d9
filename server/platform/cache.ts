import { LRUCache } from 'lru-cache';

/**
 * Every in-process cache of the server and its staleness bound, in one place. Within an instance,
 * the module that changes the data tells its cache at once; a change made through another instance
 * (or behind the server) is seen once the entry is `ttlMs` old, at the latest.
 */
export const CACHE_BOUNDS = {
  /** People's and units' names shown in task lists (org tells it of a rename). */
  names: { maxEntries: 20_000, ttlMs: 60_000 },
  /** Agencies' working calendars (the calendar routes tell it of an edit). */
  calendars: { maxEntries: 1_000, ttlMs: 60_000 },
  /** The public accountability page's aggregates per agency (publishing or withdrawing a unit tells it); the figures move slowly. */
  accountability: { maxEntries: 1_000, ttlMs: 5 * 60_000 },
} as const;

export interface CacheOptions {
  maxEntries: number;
  ttlMs: number;
  /** A monotonic clock in milliseconds, for tests; performance.now() otherwise. */
  now?: () => number;
}

export type Cache<K extends NonNullable<unknown>, V extends NonNullable<unknown>> = LRUCache<K, V>;

/** A least-recently-used cache of at most `maxEntries`, each entry forgotten `ttlMs` after it was set. */
export function createCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(options: CacheOptions): Cache<K, V> {
  return new LRUCache<K, V>({
    max: options.maxEntries,
    ttl: options.ttlMs,
    // An expired entry is never answered: its age is checked against the clock on every read.
    allowStale: false,
    ttlResolution: 0,
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
}
