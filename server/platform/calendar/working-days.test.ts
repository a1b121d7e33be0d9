import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  VIETNAM_CALENDAR_2023_2027,
  WorkingCalendar,
  addCalendarDays,
  addWorkingHours,
  daysBetween,
  defaultWorkingCalendar,
  dueInstant,
  isLate,
  localDateOf,
  startOfLocalDay,
  weekdayOf,
  type CalendarException,
} from './index.js';

const calendar = defaultWorkingCalendar();
const HOUR_MS = 3_600_000;
const WINDOWS = [
  [8, 12],
  [13.5, 17],
].map(([a, b]) => [a * HOUR_MS, b * HOUR_MS] as const);

/** A local wall-clock time in Vietnam, e.g. at('2024-06-10', '08:30'). */
function at(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(startOfLocalDay(day).getTime() + h * HOUR_MS + m * 60_000);
}

const dayIn = (from: string, to: string) => fc.integer({ min: 0, max: daysBetween(from, to) }).map((offset) => addCalendarDays(from, offset));
const anyDay = dayIn('2022-06-01', '2028-06-30');

/** Random calendars too, so the properties do not depend on the shape of the real data. */
const randomCalendar = fc
  .array(fc.record({ offset: fc.integer({ min: 0, max: 1200 }), kind: fc.constantFrom('holiday', 'makeup_workday') }), {
    maxLength: 300,
  })
  .map((rows) => new WorkingCalendar(rows.map((r): CalendarException => ({ day: addCalendarDays('2022-06-01', r.offset), kind: r.kind }))));
const anyCalendar = fc.oneof(fc.constant(calendar), randomCalendar);

describe('WorkingCalendar with the Vietnamese calendar', () => {
  it('knows holidays, swapped days and make-up Saturdays', () => {
    // Fri 28/4/2023, the Friday after Giỗ Tổ 2024, and make-up Saturdays of 2024–2026.
    for (const day of ['2023-04-28', '2024-04-19', '2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22']) {
      expect(calendar.isWorkingDay(day), day).toBe(true);
    }
    // Giỗ Tổ on a Saturday, its nghỉ bù, a plain Saturday (2023 had no make-up day), swapped Mondays.
    for (const day of ['2023-04-29', '2023-05-02', '2023-05-06', '2024-04-29', '2026-08-31']) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
  });

  it.each([
    // Fri before the 29/4–3/5/2023 block → Thu 4/5, Fri 5/5, (Sat 6/5 is not a make-up day) Mon 8/5.
    ['2023-04-28', 1, '2023-05-04'],
    ['2023-04-28', 3, '2023-05-08'],
    // Fri before 27/4–1/5/2024 → Thu 2/5, Fri 3/5, make-up Sat 4/5, Mon 6/5.
    ['2024-04-26', 3, '2024-05-04'],
    ['2024-04-26', 4, '2024-05-06'],
    // Fri 25/4/2025 → make-up Sat 26/4, Mon 28/4, Tue 29/4, then 30/4–4/5 off → Mon 5/5.
    ['2025-04-25', 1, '2025-04-26'],
    ['2025-04-25', 4, '2025-05-05'],
    // Whole weeks off for Tết: nothing counts inside 25/1–2/2/2025 or 14/2–22/2/2026.
    ['2025-01-24', 1, '2025-02-03'],
    ['2025-01-24', 5, '2025-02-07'],
    ['2026-02-13', 1, '2026-02-23'],
    // Weekends and New Year.
    ['2024-06-07', 1, '2024-06-10'],
    ['2024-06-08', 1, '2024-06-10'],
    ['2024-06-10', 5, '2024-06-17'],
    ['2023-12-29', 1, '2024-01-02'],
    ['2025-12-31', 1, '2026-01-05'],
    ['2026-01-09', 1, '2026-01-10'],
    // n = 0: the day itself when working, else the next working day.
    ['2024-06-10', 0, '2024-06-10'],
    ['2024-06-08', 0, '2024-06-10'],
    ['2024-04-29', 0, '2024-05-02'],
    ['2024-05-04', 0, '2024-05-04'],
    ['2023-05-06', 0, '2023-05-08'],
  ])('addWorkingDays(%s, %i) = %s', (day, n, expected) => {
    expect(calendar.addWorkingDays(day, n)).toBe(expected);
  });

  it.each([
    ['2023-04-28', '2023-05-08', 3],
    ['2023-05-08', '2023-04-28', -3],
    ['2024-04-26', '2024-05-06', 4],
    ['2025-01-24', '2025-02-02', 0],
    ['2024-06-10', '2024-06-10', 0],
    ['2024-06-07', '2024-06-14', 5],
  ])('workingDaysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });

  it('steps to the neighbouring working day', () => {
    expect(calendar.nextWorkingDay('2026-01-01')).toBe('2026-01-05');
    expect(calendar.nextWorkingDay('2024-06-10')).toBe('2024-06-11');
    expect(calendar.previousWorkingDay('2024-02-15')).toBe('2024-02-07');
    expect(calendar.previousWorkingDay('2024-05-06')).toBe('2024-05-04');
  });

  it('rejects bad input and runaway scans', () => {
    expect(() => calendar.addWorkingDays('2024-06-10', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2024-06-10', 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2023-02-30')).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2020-01-01', '2030-12-31')).toThrow(RangeError);
    const allHolidays = Array.from({ length: 3700 }, (_, i) => ({ day: addCalendarDays('2030-01-01', i), kind: 'holiday' as const }));
    expect(() => new WorkingCalendar(allHolidays).nextWorkingDay('2029-12-31')).toThrow(RangeError);
  });
});

describe('working-day properties', () => {
  it('addWorkingDays always lands on a working day', () => {
    fc.assert(fc.property(anyCalendar, anyDay, fc.integer({ min: 0, max: 60 }), (cal, day, n) => cal.isWorkingDay(cal.addWorkingDays(day, n))));
  });

  it('workingDaysBetween undoes addWorkingDays', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, fc.integer({ min: 1, max: 60 }), (cal, day, n) => cal.workingDaysBetween(day, cal.addWorkingDays(day, n)) === n),
    );
  });

  it('addWorkingDays is monotonic in n, strictly from n = 1', () => {
    fc.assert(
      fc.property(anyCalendar, anyDay, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (cal, day, a, b) => {
        const [n, m] = a <= b ? [a, b] : [b, a];
        const [early, late] = [cal.addWorkingDays(day, n), cal.addWorkingDays(day, m)];
        return n >= 1 && n < m ? early < late : early <= late;
      }),
    );
  });

  it('workingDaysBetween is antisymmetric and addWorkingDays(d, 1) is nextWorkingDay', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        anyDay,
        anyDay,
        (cal, a, b) => cal.workingDaysBetween(a, b) === -cal.workingDaysBetween(b, a) && cal.addWorkingDays(a, 1) === cal.nextWorkingDay(a),
      ),
    );
  });
});

describe('due dates', () => {
  it('a task is late from the first millisecond after its due date in Vietnam', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const due = dueInstant(day).getTime();
        return !isLate(day, new Date(due - 1)) && isLate(day, new Date(due)) && localDateOf(new Date(due - 1)) === day;
      }),
    );
    expect(dueInstant('2024-06-10').toISOString()).toBe('2024-06-10T17:00:00.000Z');
  });

  it('the local date of any instant is its UTC+7 date as ISO text, across leap years and centuries', () => {
    const isoLocalDate = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0900-01-01T00:00:00Z'), max: new Date('9999-12-31T12:00:00Z'), noInvalidDate: true }),
        (instant) => localDateOf(instant) === isoLocalDate(instant),
      ),
      { numRuns: 5000 },
    );
    for (const at of ['2024-02-28T17:00:00Z', '2024-02-29T16:59:59.999Z', '2100-02-28T17:00:00Z', '2000-02-29T17:00:00Z', '1969-12-31T16:59:59.999Z'])
      expect(localDateOf(new Date(at))).toBe(isoLocalDate(new Date(at)));
    expect(() => localDateOf(new Date(Number.NaN))).toThrow(RangeError);
    const isoPlusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9990-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -800, max: 800 }),
        (instant, n) => {
          const day = instant.toISOString().slice(0, 10);
          return addCalendarDays(day, n) === isoPlusDays(day, n);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

/** Brute-force office time inside [from, to], to check addWorkingHours independently. */
function officeTimeBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  let total = 0;
  for (let day = localDateOf(from); day <= localDateOf(to); day = addCalendarDays(day, 1)) {
    if (!cal.isWorkingDay(day)) continue;
    const midnight = startOfLocalDay(day).getTime();
    for (const [opens, closes] of WINDOWS) {
      total += Math.max(0, Math.min(to.getTime(), midnight + closes) - Math.max(from.getTime(), midnight + opens));
    }
  }
  return total;
}

describe('addWorkingHours', () => {
  it.each([
    [at('2024-06-10', '08:00'), 8, at('2024-06-11', '08:30')],
    [at('2024-06-10', '08:00'), 4, at('2024-06-10', '12:00')],
    [at('2024-06-10', '12:30'), 1, at('2024-06-10', '14:30')],
    [at('2024-06-10', '20:00'), 0.5, at('2024-06-11', '08:30')],
    [at('2024-06-07', '16:00'), 8, at('2024-06-10', '16:30')],
    [at('2023-04-28', '15:00'), 8, at('2023-05-04', '15:30')],
    [at('2024-05-04', '07:00'), 7.5, at('2024-05-04', '17:00')],
    [at('2024-06-08', '10:00'), 0, at('2024-06-08', '10:00')],
  ])('%s + %s h = %s', (start, hours, expected) => {
    expect(addWorkingHours(calendar, start, hours).toISOString()).toBe(expected.toISOString());
  });

  it('ends inside office hours of a working day, after exactly that much office time', () => {
    const instant = fc.integer({ min: Date.parse('2022-12-01'), max: Date.parse('2027-12-31') }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(anyCalendar, instant, fc.integer({ min: 1, max: 200 * 60 }), (cal, start, minutes) => {
        const end = addWorkingHours(cal, start, minutes / 60);
        const timeOfDay = end.getTime() - startOfLocalDay(localDateOf(end)).getTime();
        const inOffice = WINDOWS.some(([opens, closes]) => timeOfDay >= opens && timeOfDay <= closes);
        return cal.isWorkingDay(localDateOf(end)) && inOffice && end > start && officeTimeBetween(cal, start, end) === minutes * 60_000;
      }),
    );
  });
});

describe('VIETNAM_CALENDAR_2023_2027 data', () => {
  const days = VIETNAM_CALENDAR_2023_2027.map((entry) => entry.day);

  it('has valid, sorted, unique dates in 2023–2027', () => {
    for (const day of days) {
      expect(day).toMatch(/^202[3-7]-\d{2}-\d{2}$/);
      expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
    }
    expect(new Set(days).size).toBe(days.length);
    expect([...days].sort()).toEqual(days);
  });

  it('puts make-up days on weekends and swaps each against a listed holiday', () => {
    for (const entry of VIETNAM_CALENDAR_2023_2027.filter((e) => e.kind === 'makeup_workday')) {
      expect([0, 6]).toContain(weekdayOf(entry.day));
      const [, d, m, y] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(entry.name) ?? [];
      expect(VIETNAM_CALENDAR_2023_2027).toContainEqual(expect.objectContaining({ day: `${y}-${m}-${d}`, kind: 'holiday' }));
    }
  });

  it('lists a weekend holiday only when it is the holiday itself, not a compensation', () => {
    const weekendHolidays = VIETNAM_CALENDAR_2023_2027.filter((e) => e.kind === 'holiday' && [0, 6].includes(weekdayOf(e.day)));
    for (const entry of weekendHolidays) expect(entry.name).not.toMatch(/^Nghỉ (bù|hoán đổi)/);
  });
});
