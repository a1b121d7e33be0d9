import { addCalendarDays, daysBetween } from '../../server/platform/calendar/dates.js';
import { VIETNAM_CALENDAR_2023_2027 } from '../../server/platform/calendar/holidays-vn.js';
import { WorkingCalendar } from '../../server/platform/calendar/working-days.js';

const FIRST = '2022-01-01';
const LAST = '2028-12-31';

type CalendarMethods = Pick<WorkingCalendar, 'isWorkingDay' | 'addWorkingDays' | 'previousWorkingDay' | 'workingDaysBetween'>;

/**
 * A working calendar with O(1) working-day arithmetic: a table of 2022–2028 with a running count
 * of working days, built once from the server's own WorkingCalendar (which loops day by day).
 * The generator calls it millions of times; outside the table it defers to `slow`.
 */
export class FastCalendar {
  private readonly days: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly working: boolean[] = [];
  /** prefix[i] = working days in days[0..i]. */
  private readonly prefix: number[] = [];
  /** The i-th working day of the table. */
  private readonly workingList: number[] = [];

  constructor(readonly slow: CalendarMethods = new WorkingCalendar(VIETNAM_CALENDAR_2023_2027)) {
    const count = daysBetween(FIRST, LAST) + 1;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const day = addCalendarDays(FIRST, i);
      const isWorking = this.slow.isWorkingDay(day);
      this.days.push(day);
      this.indexOf.set(day, i);
      this.working.push(isWorking);
      if (isWorking) {
        sum++;
        this.workingList.push(i);
      }
      this.prefix.push(sum);
    }
  }

  dayAt(day: string, offset: number): string {
    const i = this.indexOf.get(day);
    const j = i === undefined ? undefined : i + offset;
    return j !== undefined && j >= 0 && j < this.days.length ? this.days[j] : addCalendarDays(day, offset);
  }

  isWorkingDay(day: string): boolean {
    const i = this.indexOf.get(day);
    return i === undefined ? this.slow.isWorkingDay(day) : this.working[i];
  }

  addWorkingDays(day: string, n: number): string {
    const i = this.indexOf.get(day);
    if (i === undefined) return this.slow.addWorkingDays(day, n);
    if (n === 0) return this.working[i] ? day : this.addWorkingDays(day, 1);
    const target = this.prefix[i] + n - 1;
    return target < this.workingList.length ? this.days[this.workingList[target]] : this.slow.addWorkingDays(day, n);
  }

  previousWorkingDay(day: string): string {
    const i = this.indexOf.get(day);
    if (i === undefined) return this.slow.previousWorkingDay(day);
    const before = this.prefix[i] - (this.working[i] ? 1 : 0);
    return before > 0 ? this.days[this.workingList[before - 1]] : this.slow.previousWorkingDay(day);
  }

  workingDaysBetween(from: string, to: string): number {
    const [i, j] = [this.indexOf.get(from), this.indexOf.get(to)];
    if (i === undefined || j === undefined) return this.slow.workingDaysBetween(from, to);
    return this.prefix[j] - this.prefix[i];
  }
}
