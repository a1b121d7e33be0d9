import { describe, expect, it } from 'vitest';
import type { MyWorkSummary, UnitDashboardRow } from '../../shared/contracts';
import { decideTotal, listRange, mineTotal, unitBoardTotal } from './list-totals';
import { openStatuses } from './work-labels';

const summary: MyWorkSummary = { open: 134, dueToday: 3, overdue: 9, dueSoon: 5, awaitingAcceptance: 2, awaitingMyDecision: 7 };
const row = (unitId: string, open: number) => ({ unitId, open }) as UnitDashboardRow;

describe('list totals come only from counters already kept', () => {
  it('"Việc tôi chủ trì": open tasks, due today and awaiting acceptance match a counter', () => {
    expect(mineTotal('open', null, summary)).toBe(134);
    expect(mineTotal('open', 'dueToday', summary)).toBe(3);
    expect(mineTotal('all', 'awaitingAcceptance', summary)).toBe(2);
    expect(decideTotal(summary)).toBe(7);
  });

  it('shows no total where no counter matches, or where the counter stopped counting', () => {
    expect(mineTotal('closed', null, summary)).toBeNull();
    expect(mineTotal('all', null, summary)).toBeNull();
    expect(mineTotal('open', 'overdue', summary)).toBeNull();
    expect(mineTotal('open', 'dueSoon', summary)).toBeNull();
    expect(mineTotal('open', null, undefined)).toBeNull();
    expect(mineTotal('open', null, { ...summary, open: 1000 })).toBeNull();
    expect(mineTotal('open', 'dueToday', { ...summary, open: 1000 })).toBeNull();
    expect(decideTotal({ ...summary, awaitingMyDecision: 1000 })).toBeNull();
  });

  it('the unit board: one unit’s open tasks, nothing else narrowing them', () => {
    const rows = [row('u1', 40), row('u2', 12)];
    expect(unitBoardTotal({ status: [...openStatuses].reverse(), unitId: 'u2' }, rows)).toBe(12);
    expect(unitBoardTotal({ status: openStatuses, unitId: 'u2', q: '' }, rows)).toBe(12);
    expect(unitBoardTotal({ status: openStatuses }, rows)).toBeNull();
    expect(unitBoardTotal({ status: ['assigned'], unitId: 'u2' }, rows)).toBeNull();
    expect(unitBoardTotal({ status: openStatuses, unitId: 'u2', q: 'hội nghị' }, rows)).toBeNull();
    expect(unitBoardTotal({ status: openStatuses, unitId: 'u2', signal: 'overdue' }, rows)).toBeNull();
    expect(unitBoardTotal({ status: openStatuses, unitId: 'u3' }, rows)).toBeNull();
  });

  it('says which rows a page holds', () => {
    expect(listRange(0, 20, 20, 134)).toEqual({ from: 1, to: 20, total: 134 });
    expect(listRange(6, 20, 14, 134)).toEqual({ from: 121, to: 134, total: 134 });
    expect(listRange(1, 20, 5, null)).toEqual({ from: 21, to: 25, total: null });
    expect(listRange(0, 20, 0, 0)).toBeNull();
  });
});
