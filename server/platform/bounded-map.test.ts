import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.js';

const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 30 }), value: fc.integer() }),
  fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 30 }) }),
);

describe('BoundedMap', () => {
  it('never answers an old value, holds at most its capacity, and keeps the keys of the last half-capacity writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.array(op, { maxLength: 200 }), (capacity, ops) => {
        const map = new BoundedMap<number, number>(capacity);
        const latest = new Map<number, number>();
        const written: number[] = [];
        for (const o of ops) {
          if (o.kind === 'set') {
            map.set(o.key, o.value);
            latest.set(o.key, o.value);
            written.push(o.key);
          } else {
            const value = map.get(o.key);
            if (value !== undefined) {
              expect(value).toBe(latest.get(o.key));
              written.push(o.key);
            }
          }
          expect(map.size).toBeLessThanOrEqual(capacity);
          for (const key of written.slice(-Math.floor(capacity / 2))) expect(map.get(key)).toBe(latest.get(key));
        }
      }),
    );
  });
});
