import { formatVietnameseDate } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { conflict } from '../../platform/errors.js';

/**
 * A due date someone types on a weekend, public holiday or Tết is likely a slip: it is refused with
 * 409 `due_date_not_working_day` naming the next working day, unless the request confirms it
 * (`confirmNonWorkingDay: true`). Dates computed in working days never land there.
 */
export function assertWorkingDueDate(calendar: Pick<WorkingCalendar, 'isWorkingDay' | 'nextWorkingDay'>, date: string, field: string, isConfirmed = false) {
  if (isConfirmed || calendar.isWorkingDay(date)) return;
  const next = calendar.nextWorkingDay(date);
  const [given, offered] = [formatVietnameseDate(date), formatVietnameseDate(next)];
  const text = {
    vi: `Ngày ${given} là ngày nghỉ (cuối tuần, lễ, Tết). Ngày làm việc kế tiếp là ${offered}`,
    en: `${given} is not a working day (weekend or public holiday). The next working day is ${offered}`,
  };
  throw conflict('due_date_not_working_day', text, [{ field, message: text }], { nextWorkingDay: next });
}
