import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar, WorkingCalendar } from '../../platform/calendar/working-days.js';
import { VIETNAM_CALENDAR_2023_2027 } from '../../platform/calendar/holidays-vn.js';
import { creationDateOf, dayInMonth, dueDatesBetween, nextDueDates, occurrencesDue } from './work.recurrence.js';

const calendar = defaultWorkingCalendar();

describe('recurrence dates on the working-day calendar', () => {
  it('moves a monthly day that falls in Tết to the working day before the holiday', () => {
    // Tết Bính Ngọ: 16–20/02/2026 off, 14–15/02 a weekend.
    expect(dayInMonth(calendar, 2026, 2, 17)).toBe('2026-02-13');
    const series = { schedule: { kind: 'monthly', day: 17 } as const, startsOn: '2026-01-01' };
    expect(dueDatesBetween(calendar, series, '2026-01-01', '2026-04-30')).toEqual(['2026-01-16', '2026-02-13', '2026-03-17', '2026-04-17']);
  });

  it('finds the last working day of a month across holidays and swapped days', () => {
    // 31/08/2026 is swapped for the make-up Saturday 22/08; 29–30/08 a weekend.
    expect(dayInMonth(calendar, 2026, 8, 'last_working_day')).toBe('2026-08-28');
    expect(dayInMonth(calendar, 2026, 1, 'last_working_day')).toBe('2026-01-30');
    // A make-up Saturday that closes a month is its last working day.
    const withMakeup = new WorkingCalendar([...VIETNAM_CALENDAR_2023_2027, { day: '2026-10-31', kind: 'makeup_workday' }]);
    expect(dayInMonth(withMakeup, 2026, 10, 'last_working_day')).toBe('2026-10-31');
  });

  it('clamps a day past the month end, then steps back over days off', () => {
    expect(dayInMonth(calendar, 2026, 2, 31)).toBe('2026-02-27'); // 28/02 is a Saturday
    expect(dayInMonth(calendar, 2026, 4, 31)).toBe('2026-04-29'); // 30/04 a holiday
    expect(dayInMonth(calendar, 2028, 2, 30)).toBe('2028-02-29'); // leap year, a Tuesday
  });

  it('counts every N working days over make-up working days and skips holidays', () => {
    const series = { schedule: { kind: 'every_working_days', interval: 1 } as const, startsOn: '2026-01-08' };
    // Saturday 10/01/2026 is a make-up working day; 12–13/02 then Tết (16–20/02) for every third day.
    expect(dueDatesBetween(calendar, series, '2026-01-08', '2026-01-13')).toEqual(['2026-01-08', '2026-01-09', '2026-01-10', '2026-01-12', '2026-01-13']);
    const everyThree = { schedule: { kind: 'every_working_days', interval: 3 } as const, startsOn: '2026-02-11' };
    expect(dueDatesBetween(calendar, everyThree, '2026-02-11', '2026-03-03')).toEqual(['2026-02-11', '2026-02-23', '2026-02-26', '2026-03-03']);
  });

  it('puts a weekly occurrence on its weekday, or the working day before when it is off', () => {
    const fridays = { schedule: { kind: 'weekly', weekday: 5 } as const, startsOn: '2025-12-20' };
    // Friday 02/01/2026 and Thursday 01/01 are off: that week's occurrence is Wednesday 31/12/2025.
    expect(dueDatesBetween(calendar, fridays, '2025-12-20', '2026-01-16')).toEqual(['2025-12-26', '2025-12-31', '2026-01-09', '2026-01-16']);
  });

  it('runs quarterly in the chosen month of each quarter', () => {
    const series = { schedule: { kind: 'quarterly', monthOfQuarter: 3, day: 15 } as const, startsOn: '2026-01-01' };
    expect(dueDatesBetween(calendar, series, '2026-01-01', '2026-12-31')).toEqual(['2026-03-13', '2026-06-15', '2026-09-15', '2026-12-15']);
  });

  it('never answers dates before the series starts', () => {
    const series = { schedule: { kind: 'monthly', day: 10 } as const, startsOn: '2026-03-11' };
    expect(nextDueDates(calendar, series, '2026-03-01', 2)).toEqual(['2026-04-10', '2026-05-08']); // 10/05/2026 is a Sunday
  });

  it('creates an occurrence its lead of working days before its due date, counted over Tết', () => {
    expect(creationDateOf(calendar, '2026-02-23', 3)).toBe('2026-02-11');
    const series = { schedule: { kind: 'monthly', day: 25 } as const, startsOn: '2026-01-01', leadWorkingDays: 5 };
    expect(occurrencesDue(calendar, series, '2026-03-17')).toEqual([]);
    expect(occurrencesDue(calendar, series, '2026-03-18')).toEqual(['2026-03-25']);
    expect(occurrencesDue(calendar, series, '2026-03-26')).toEqual([]); // 25/03 passed; 24/04 not yet
  });
});
