import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentText, periodWindow, previousWindow, writtenDate } from './reports.rules.js';

describe('report periods follow the cut-off dates of Decree 09/2019', () => {
  it.each([
    [{ kind: 'month', year: 2026, number: 3 } as const, '2026-02-15', '2026-03-14', 'tháng 03 năm 2026'],
    [{ kind: 'month', year: 2026, number: 1 } as const, '2025-12-15', '2026-01-14', 'tháng 01 năm 2026'],
    [{ kind: 'quarter', year: 2026, number: 1 } as const, '2025-12-15', '2026-03-14', 'quý I năm 2026'],
    [{ kind: 'quarter', year: 2026, number: 3 } as const, '2026-06-15', '2026-09-14', 'quý III năm 2026'],
    [{ kind: 'half_year', year: 2026, number: 1 } as const, '2025-12-15', '2026-06-14', '6 tháng đầu năm 2026'],
    [{ kind: 'year', year: 2025 } as const, '2024-12-15', '2025-12-14', 'năm 2025'],
    [{ kind: 'range', fromDate: '2026-01-01', toDate: '2026-01-31' } as const, '2026-01-01', '2026-01-31', 'từ ngày 01/01/2026 đến ngày 31/01/2026'],
  ])('%j', (choice, fromDate, toDate, label) => {
    expect(periodWindow(choice)).toEqual({ fromDate, toDate, label });
  });

  it('four quarters tile the year without gap or overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
        const quarters = [1, 2, 3, 4].map((number) => periodWindow({ kind: 'quarter', year, number }));
        const whole = periodWindow({ kind: 'year', year });
        expect(quarters[0].fromDate).toBe(whole.fromDate);
        expect(quarters[3].toDate).toBe(whole.toDate);
        for (let i = 1; i < 4; i++) expect(previousWindow(quarters[i].fromDate, quarters[i].toDate).toDate).toBe(quarters[i - 1].toDate);
      }),
    );
  });
});

describe('dates and shares as written in a report', () => {
  it.each([
    ['2023-08-07', 'ngày 07 tháng 8 năm 2023'],
    ['2023-11-02', 'ngày 02 tháng 11 năm 2023'],
    ['2026-02-15', 'ngày 15 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
  ])('%s → %s', (iso, text) => expect(writtenDate(iso)).toBe(text));

  it('writes shares with a decimal comma', () => {
    expect(percentText(7, 8)).toBe('87,5%');
    expect(percentText(0, 0)).toBe('-');
  });
});
