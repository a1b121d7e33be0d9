/**
 * A map that keeps about its last `capacity` entries, for in-process caches. Entries are written to
 * a recent generation; when it holds half the capacity it becomes the older one, and the older one's
 * entries are dropped all at once. An entry read from the older generation moves back to the recent
 * one, so what is used stays. Every operation is O(1): evicting a Map's first key one at a time instead
 * walks the deleted slots V8 leaves at its front, ~0.2 ms per page of 20 new list items at 10,000 entries.
 */
export class BoundedMap<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly half: number;

  constructor(capacity: number) {
    this.half = Math.max(Math.floor(capacity / 2), 1);
  }

  get(key: K): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const kept = this.older.get(key);
    if (kept !== undefined) this.set(key, kept);
    return kept;
  }

  set(key: K, value: V): void {
    if (!this.recent.has(key) && this.recent.size >= this.half) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.older.delete(key);
    this.recent.set(key, value);
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }
}
