import { describe, expect, it } from 'vitest';
import { monthDeltasOf, weekDeltasOf } from './work.period-counters.js';

const unit = 'u1';
// 23:30 on 31/03/2026 in Hà Nội: still March locally though already near April in UTC.
const endOfMarch = new Date('2026-03-31T16:30:00Z');
const april = new Date('2026-04-02T03:00:00Z');

describe('monthly completion counters', () => {
  it.each([
    ['an open task changes nothing', null, { countedOutcome: 'open_in_time', completedAt: null }, []],
    [
      'a completion counts in its local month',
      { countedOutcome: 'open_in_time', completedAt: null },
      { countedOutcome: 'completed_on_time', completedAt: endOfMarch },
      [{ unitId: unit, month: '2026-03', completedOnTime: 1, completedLate: 0 }],
    ],
    [
      'an imported late task counts when created',
      null,
      { countedOutcome: 'completed_late', completedAt: april },
      [{ unitId: unit, month: '2026-04', completedOnTime: 0, completedLate: 1 }],
    ],
    [
      'a task leaving "completed" leaves the month it was counted in',
      { countedOutcome: 'completed_late', completedAt: endOfMarch },
      { countedOutcome: 'open_overdue', completedAt: null },
      [{ unitId: unit, month: '2026-03', completedOnTime: 0, completedLate: -1 }],
    ],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(monthDeltasOf(unit, before, after)).toEqual(expected);
  });
});

describe('weekly counters', () => {
  it('count a completion in the week it happened and transfers and extensions in this week', () => {
    const completed = { countedOutcome: 'completed_late' as const, completedAt: endOfMarch };
    expect(weekDeltasOf(unit, null, completed, { transfers: 1, extensions: 0, now: new Date('2026-04-08T03:00:00Z') })).toEqual([
      { unitId: unit, week: '2026-03-30', completedOnTime: 0, completedLate: 1, transfers: 0, extensions: 0 },
      { unitId: unit, week: '2026-04-06', completedOnTime: 0, completedLate: 0, transfers: 1, extensions: 0 },
    ]);
  });
});
