import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveStep } from './steps-order';

const steps = (names: string) => [...names].map((name, i) => ({ name, isParallel: i > 0 && name === name.toUpperCase() }));
const names = (list: { name: string }[]) => list.map((s) => s.name).join('');

describe('moving a step in the table', () => {
  it.each([
    ['abcd', 0, 2, 'bcad'],
    ['abcd', 3, 0, 'dabc'],
    ['abcd', 1, 2, 'acbd'],
    ['abcd', 2, 1, 'acbd'],
    ['abcd', 2, 2, 'abcd'],
    ['abcd', 0, 9, 'abcd'],
  ])('%s: %i onto %i gives %s', (order, from, to, expected) => {
    expect(names(moveStep(steps(order), from, to))).toBe(expected);
  });

  it('clears “parallel” on a step that lands first', () => {
    const moved = moveStep(steps('abCd'), 2, 0);
    expect(moved.map((s) => [s.name, s.isParallel])).toEqual([
      ['C', false],
      ['a', false],
      ['b', false],
      ['d', false],
    ]);
  });

  it('keeps every step exactly once, whatever the move', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (labels, a, b) => {
        const list = labels.map((name) => ({ name, isParallel: false }));
        const moved = moveStep(list, a % list.length, b % list.length);
        expect(moved.map((s) => s.name).sort()).toEqual(labels.slice().sort());
        expect(moved[b % list.length]).toBe(list[a % list.length]);
      }),
    );
  });
});
