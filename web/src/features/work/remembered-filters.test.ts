import { describe, expect, it } from 'vitest';
import { effectiveSearch, pickRemembered, storageKeyOf, unitBoardFiltersOf, unitBoardSearchOf } from './remembered-filters';
import { openStatuses } from './work-labels';

const UNIT = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';

describe('list filters kept in the address and remembered', () => {
  it('keeps each person’s filters of each list apart', () => {
    expect(storageKeyOf('unitBoard', 'a')).not.toBe(storageKeyOf('unitBoard', 'b'));
    expect(storageKeyOf('unitBoard', 'a')).not.toBe(storageKeyOf('myWork', 'a'));
  });

  it('remembers only the list’s own keys', () => {
    expect(pickRemembered('myWork', 'scope=closed&utm=x&tab=decide')).toBe('tab=decide&scope=closed');
    expect(pickRemembered('unitBoard', 'foo=1')).toBe('');
  });

  it('restores the remembered filters only when the address names none', () => {
    expect(effectiveSearch('unitBoard', '', 'status=all&q=h%E1%BB%99i')).toBe('status=all&q=h%E1%BB%99i');
    expect(effectiveSearch('unitBoard', `unitId=${UNIT}&signal=overdue`, 'status=all')).toBe(`unitId=${UNIT}&signal=overdue`);
    expect(effectiveSearch('myWork', '', null)).toBe('');
  });

  it('reads back the unit board’s filters it wrote', () => {
    const filters = {
      status: ['assigned' as const, 'submitted' as const],
      unitId: UNIT,
      signal: 'overdue' as const,
      dueFrom: '2026-12-01',
      dueTo: '2026-12-31',
    };
    const params = unitBoardSearchOf(filters, 'hội nghị');
    expect(unitBoardFiltersOf(new URLSearchParams(params.toString()))).toEqual({ filters: { ...filters, ownerId: undefined }, search: 'hội nghị' });
  });

  it('opens on open tasks, tells "every status" apart from the default, and drops what it does not know', () => {
    expect(unitBoardFiltersOf(new URLSearchParams('')).filters.status).toEqual(openStatuses);
    const anyStatus = unitBoardSearchOf({ status: undefined }, '');
    expect(anyStatus.get('status')).toBe('all');
    expect(unitBoardFiltersOf(anyStatus).filters.status).toBeUndefined();
    expect(unitBoardFiltersOf(new URLSearchParams('status=bogus&signal=nope&unitId=x&dueFrom=01/12/2026')).filters).toEqual({
      status: openStatuses,
      unitId: undefined,
      ownerId: undefined,
      signal: undefined,
      dueFrom: undefined,
      dueTo: undefined,
    });
  });
});
