import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratingUnitOf } from './evaluation.rules.js';
import { stintsOf } from './evaluation.movers.js';

describe('where someone who moved during the period worked', () => {
  it('counts the days before, between and after the moves', () => {
    const moves = [
      { fromUnitId: 'A', toUnitId: 'B', movedOn: '2026-03-10' },
      { fromUnitId: 'B', toUnitId: 'C', movedOn: '2026-03-25' },
    ];
    expect(stintsOf('2026-03-01', '2026-03-31', moves)).toEqual([
      { unitId: 'A', days: 9 },
      { unitId: 'B', days: 15 },
      { unitId: 'C', days: 7 },
    ]);
    expect(ratingUnitOf(stintsOf('2026-03-01', '2026-03-31', moves))).toBe('B');
  });

  it('adds up a return to an earlier unit', () => {
    const moves = [
      { fromUnitId: 'A', toUnitId: 'B', movedOn: '2026-03-08' },
      { fromUnitId: 'B', toUnitId: 'A', movedOn: '2026-03-20' },
    ];
    // A: 7 + 12 days, B: 12 days.
    expect(ratingUnitOf(stintsOf('2026-03-01', '2026-03-31', moves))).toBe('A');
  });

  it('always covers every day of the period exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2, max: 31 }), { maxLength: 5 }),
        fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: 6, maxLength: 6 }),
        (days, units) => {
          const sorted = [...days].sort((a, b) => a - b);
          const moves = sorted.map((day, i) => ({ fromUnitId: units[i]!, toUnitId: units[i + 1]!, movedOn: `2026-03-${String(day).padStart(2, '0')}` }));
          if (moves.length === 0) return;
          const total = stintsOf('2026-03-01', '2026-03-31', moves).reduce((sum, stint) => sum + stint.days, 0);
          expect(total).toBe(31);
        },
      ),
    );
  });
});
