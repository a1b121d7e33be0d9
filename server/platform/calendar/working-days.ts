import { addCalendarDays, dateOfEpochDay, daysBetween, epochDayOf, localDateOf, startOfLocalDay, weekdayOf } from './dates.js';
import { VIETNAM_CALENDAR_2023_2027 } from './holidays-vn.js';

export type CalendarDayKind = 'holiday' | 'makeup_workday';

export interface CalendarException {
  day: string;
  kind: CalendarDayKind;
}

/** Ten years: far beyond any legal deadline, so hitting it means bad input or an all-holiday calendar. */
export const MAX_SCAN_DAYS = 3660;

const HOUR_MS = 3_600_000;

/** Office hours in ms after local midnight: 08:00–12:00 and 13:30–17:00 (7.5 h a day). */
export const OFFICE_WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [8 * HOUR_MS, 12 * HOUR_MS],
  [13.5 * HOUR_MS, 17 * HOUR_MS],
];

/** True for a real calendar date written yyyy-mm-dd (rejects 2023-02-30). */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return DATE_SHAPE.test(value) && addCalendarDays(value, 0) === value;
}

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Not a yyyy-mm-dd date: ${value}`);
}

const DAY_MS = 86_400_000;
/** The span served from a precomputed table (2000–2100); dates outside it are counted day by day. */
const TABLE_FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
const TABLE_DAYS = Date.UTC(2101, 0, 1) / DAY_MS - TABLE_FIRST_DAY;
const dayAt = (index: number) => dateOfEpochDay(TABLE_FIRST_DAY + index);

/**
 * Mon–Fri working week with dated exceptions. Immutable once built, so one instance can be shared.
 * If a day appears twice the later entry wins, matching how an edited calendar overrides the seed.
 *
 * Every list item computes deadlines and signals, so the answers come from a running count of
 * working days (built once, on first use): each question is a lookup or a binary search, not a
 * walk over the days in between.
 */
export class WorkingCalendar {
  private readonly exceptions = new Map<string, CalendarDayKind>();
  private table: { isWorking: Uint8Array; countUpTo: Int32Array } | null = null;
  private readonly indexes = new Map<string, number>();

  constructor(exceptions: Iterable<CalendarException>) {
    for (const { day, kind } of exceptions) {
      assertIsoDate(day);
      this.exceptions.set(day, kind);
    }
  }

  isWorkingDay(day: string): boolean {
    const index = this.indexOf(day);
    if (index !== null) return this.lookup().isWorking[index] === 1;
    return this.isWorkingByRule(day);
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: string): string {
    return this.addWorkingDays(day, 1);
  }

  /** The last working day strictly before `day`. */
  previousWorkingDay(day: string): string {
    const index = this.indexOf(day);
    if (index !== null && index > 0) {
      const { countUpTo } = this.lookup();
      const wanted = countUpTo[index - 1];
      if (wanted > 0) return dayAt(this.firstIndexReaching(wanted));
    }
    return this.scan(day, -1);
  }

  /**
   * n = 0: `day` itself if it is a working day, else the next one (a task received on a holiday
   * counts from the next working day). n > 0: the n-th working day strictly after `day`.
   */
  addWorkingDays(day: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
    if (n > MAX_SCAN_DAYS) throw new RangeError(`More than ${MAX_SCAN_DAYS} working days: ${n}`);
    const index = this.indexOf(day);
    if (index !== null) {
      const { isWorking, countUpTo } = this.lookup();
      const wanted = countUpTo[index] + (n === 0 && isWorking[index] === 0 ? 1 : n);
      if (n === 0 && isWorking[index] === 1) return day;
      if (wanted <= countUpTo[TABLE_DAYS - 1]) {
        const found = this.firstIndexReaching(wanted);
        if (found - index > MAX_SCAN_DAYS) throw new RangeError(`Beyond ${MAX_SCAN_DAYS} days from ${day}`);
        return dayAt(found);
      }
    }
    if (n === 0) return this.isWorkingDay(day) ? day : this.scan(day, 1);
    let current = day;
    for (let counted = 0; counted < n; counted++) {
      current = this.scan(current, 1);
      if (daysBetween(day, current) > MAX_SCAN_DAYS) throw new RangeError(`Beyond ${MAX_SCAN_DAYS} days from ${day}`);
    }
    return current;
  }

  /** Working days d with from < d ≤ to; negative (the count of to < d ≤ from) when to is earlier. */
  workingDaysBetween(from: string, to: string): number {
    const [start, end] = [this.indexOf(from), this.indexOf(to)];
    // Table positions are consecutive days, so their difference is the span without parsing dates again.
    const span = start !== null && end !== null ? end - start : daysBetween(from, to);
    if (Math.abs(span) > MAX_SCAN_DAYS) throw new RangeError(`Range longer than ${MAX_SCAN_DAYS} days`);
    if (start !== null && end !== null) {
      const { countUpTo } = this.lookup();
      return countUpTo[end] - countUpTo[start];
    }
    if (span < 0) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let offset = 1; offset <= span; offset++) {
      if (this.isWorkingDay(addCalendarDays(from, offset))) count++;
    }
    return count;
  }

  /** The table position of a valid date inside the table's span, null outside it; validates once per date. */
  private indexOf(day: string): number | null {
    const known = this.indexes.get(day);
    if (known !== undefined) return known < 0 ? null : known;
    assertIsoDate(day);
    const index = epochDayOf(day) - TABLE_FIRST_DAY;
    const inTable = index >= 0 && index < TABLE_DAYS;
    if (this.indexes.size > 100_000) this.indexes.clear();
    this.indexes.set(day, inTable ? index : -1);
    return inTable ? index : null;
  }

  private lookup() {
    if (this.table) return this.table;
    const isWorking = new Uint8Array(TABLE_DAYS);
    const countUpTo = new Int32Array(TABLE_DAYS);
    let count = 0;
    for (let index = 0; index < TABLE_DAYS; index++) {
      const weekday = (TABLE_FIRST_DAY + index + 4) % 7; // 1970-01-01 was a Thursday
      const exception = this.exceptions.get(dayAt(index));
      const working = exception ? exception === 'makeup_workday' : weekday !== 0 && weekday !== 6;
      isWorking[index] = working ? 1 : 0;
      count += isWorking[index];
      countUpTo[index] = count;
    }
    this.table = { isWorking, countUpTo };
    return this.table;
  }

  /** The first table position whose running count reaches `wanted`: always a working day. */
  private firstIndexReaching(wanted: number): number {
    const { countUpTo } = this.lookup();
    let [low, high] = [0, TABLE_DAYS - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (countUpTo[middle] >= wanted) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  private isWorkingByRule(day: string): boolean {
    const exception = this.exceptions.get(day);
    if (exception) return exception === 'makeup_workday';
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6;
  }

  private scan(day: string, step: 1 | -1): string {
    assertIsoDate(day);
    for (let offset = 1; offset <= MAX_SCAN_DAYS; offset++) {
      const candidate = addCalendarDays(day, step * offset);
      if (this.isWorkingDay(candidate)) return candidate;
    }
    throw new RangeError(`No working day within ${MAX_SCAN_DAYS} days of ${day}`);
  }
}

/** The national calendar for state agencies, as seeded for every agency. */
export function defaultWorkingCalendar(): WorkingCalendar {
  return new WorkingCalendar(VIETNAM_CALENDAR_2023_2027);
}

/** The instant a due date is over in Vietnam: the following local midnight. */
export function dueInstant(dueDate: string): Date {
  assertIsoDate(dueDate);
  return startOfLocalDay(dueDate, 1);
}

/** Work finished at any moment of its due date is on time; from the next local midnight it is late. */
export function isLate(dueDate: string, at: Date): boolean {
  // `at >= dueInstant(dueDate)` by comparing local dates as text: every list item asks this, twice.
  if (!DATE_SHAPE.test(dueDate)) throw new RangeError(`Not a yyyy-mm-dd date: ${dueDate}`);
  return localDateOf(at) > dueDate;
}

/**
 * The instant `hours` of office time have elapsed after `start`, counting only office hours of working
 * days (used for "accept within 8 working hours"). A time that uses up a session exactly ends at its close
 * (12:00 or 17:00) rather than at the next opening. hours = 0 returns `start` unchanged.
 */
export function addWorkingHours(calendar: WorkingCalendar, start: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Working hours must be ≥ 0: ${hours}`);
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining === 0) return new Date(start.getTime());
  let cursor = start.getTime();
  let day = localDateOf(start);
  if (!calendar.isWorkingDay(day)) day = calendar.nextWorkingDay(day);
  const firstDay = day;
  while (daysBetween(firstDay, day) <= MAX_SCAN_DAYS) {
    const midnight = startOfLocalDay(day).getTime();
    for (const [opens, closes] of OFFICE_WINDOWS) {
      const from = Math.max(cursor, midnight + opens);
      const available = midnight + closes - from;
      if (available <= 0) continue;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
      cursor = midnight + closes;
    }
    day = calendar.nextWorkingDay(day);
  }
  throw new RangeError(`Beyond ${MAX_SCAN_DAYS} days from ${start.toISOString()}`);
}
