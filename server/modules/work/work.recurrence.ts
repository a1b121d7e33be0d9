import type { SeriesSchedule } from '../../../contracts/work-structure.js';
import { addCalendarDays, weekdayOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';

/**
 * The due dates of a recurring task, on the working-day calendar (pure).
 *
 * - every N working days: the first working day from the start, then every N working days;
 * - weekly, monthly, quarterly: the named day of each period; a day that is not a working day
 *   (weekend, holiday, Tết) moves to the working day before it, so an occurrence never slips into
 *   the next period; "the last working day" is the last working day of the month (a make-up
 *   Saturday counts); a day past the month's end is its last calendar day (31 → 30/4, 28/2).
 */
export interface SeriesDates {
  schedule: SeriesSchedule;
  startsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
/** Month m (1–12) of a year, moved by k months. */
const shiftMonth = (year: number, month: number, k: number) => {
  const index = year * 12 + (month - 1) + k;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The working day on or before `day`. */
const onOrBefore = (calendar: WorkingCalendar, day: string) => (calendar.isWorkingDay(day) ? day : calendar.previousWorkingDay(day));

/** The due date of a month's occurrence for a day of the month or its last working day. */
export function dayInMonth(calendar: WorkingCalendar, year: number, month: number, day: number | 'last_working_day'): string {
  if (day === 'last_working_day') {
    const next = shiftMonth(year, month, 1);
    return calendar.previousWorkingDay(monthStart(next.year, next.month));
  }
  return onOrBefore(calendar, `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`);
}

/** The due dates d of the series with from ≤ d ≤ to (and d ≥ the series' start), in order. */
export function dueDatesBetween(calendar: WorkingCalendar, series: SeriesDates, from: string, to: string): string[] {
  const lower = from > series.startsOn ? from : series.startsOn;
  if (lower > to) return [];
  const dates = nominalDates(calendar, series, lower, to).filter((d) => d >= lower && d <= to);
  return [...new Set(dates)].sort();
}

function nominalDates(calendar: WorkingCalendar, { schedule, startsOn }: SeriesDates, lower: string, to: string): string[] {
  const dates: string[] = [];
  switch (schedule.kind) {
    case 'every_working_days': {
      for (let day = calendar.addWorkingDays(startsOn, 0); day <= to; day = calendar.addWorkingDays(day, schedule.interval)) {
        if (day >= lower) dates.push(day);
      }
      return dates;
    }
    case 'weekly': {
      // From the Monday of the week before `lower`: a holiday can pull a date back into the previous week.
      const monday = addCalendarDays(lower, -((weekdayOf(lower) + 6) % 7) - 7);
      for (let week = monday; week <= to; week = addCalendarDays(week, 7)) dates.push(onOrBefore(calendar, addCalendarDays(week, schedule.weekday - 1)));
      return dates;
    }
    case 'monthly':
    case 'quarterly': {
      const [year, month] = lower.split('-').map(Number);
      const [toYear, toMonth] = to.split('-').map(Number);
      // One month later too: a day-1 occurrence whose first is a holiday falls at the end of the month before.
      for (let k = 0, m = { year, month }; m.year * 12 + m.month <= toYear * 12 + toMonth + 1; k++, m = shiftMonth(year, month, k)) {
        if (schedule.kind === 'quarterly' && (m.month - 1) % 3 !== schedule.monthOfQuarter - 1) continue;
        dates.push(dayInMonth(calendar, m.year, m.month, schedule.day));
      }
      return dates;
    }
  }
}

/** The day an occurrence is created: `lead` working days before its due date (the due date itself for 0). */
export function creationDateOf(calendar: WorkingCalendar, dueDate: string, lead: number): string {
  let day = dueDate;
  for (let i = 0; i < lead; i++) day = calendar.previousWorkingDay(day);
  return day;
}

/**
 * The occurrences to create on `today`: due from today on, whose creation day has come. Earlier
 * ones (missed while nothing ran) are not created late: their due date has passed.
 */
export function occurrencesDue(calendar: WorkingCalendar, series: SeriesDates & { leadWorkingDays: number }, today: string): string[] {
  const horizon = addCalendarDays(today, series.leadWorkingDays * 3 + 14);
  return dueDatesBetween(calendar, series, today, horizon).filter((due) => creationDateOf(calendar, due, series.leadWorkingDays) <= today);
}

/** The next `count` due dates from `from` on, for the series page. */
export function nextDueDates(calendar: WorkingCalendar, series: SeriesDates, from: string, count: number): string[] {
  const dates: string[] = [];
  for (let start = from; dates.length < count; start = addCalendarDays(start, 190)) {
    const window = dueDatesBetween(calendar, series, start, addCalendarDays(start, 189));
    dates.push(...window);
    if (start > addCalendarDays(from, 800)) break;
  }
  return dates.slice(0, count);
}
