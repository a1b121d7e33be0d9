import { addCalendarDays } from '../../platform/calendar/dates.js';

export const periodKinds = ['month', 'quarter', 'half_year', 'year', 'range'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export type PeriodChoice =
  | { kind: 'month'; year: number; number: number }
  | { kind: 'quarter'; year: number; number: number }
  | { kind: 'half_year'; year: number; number: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; fromDate: string; toDate: string };

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, dayOfMonth: number) => {
  // Months before January fall in the previous year.
  const y = month < 1 ? year - 1 : year;
  const m = month < 1 ? month + 12 : month;
  return `${y}-${pad(m)}-${pad(dayOfMonth)}`;
};

/**
 * The data window of a periodic report, by the cut-off dates of Decree 09/2019/NĐ-CP: a month runs from the
 * 15th of the month before to the 14th; a quarter from the 15th of the month before it to the 14th of its
 * last month; the first six months from 15/12 of the year before to 14/6 (the second six months, by the same
 * rule, 15/6 to 14/12); a year from 15/12 of the year before to 14/12.
 */
export function periodWindow(choice: PeriodChoice): { fromDate: string; toDate: string; label: string } {
  switch (choice.kind) {
    case 'month':
      return {
        fromDate: day(choice.year, choice.number - 1, 15),
        toDate: day(choice.year, choice.number, 14),
        label: `tháng ${pad(choice.number)} năm ${choice.year}`,
      };
    case 'quarter': {
      const last = choice.number * 3;
      return {
        fromDate: day(choice.year, last - 3, 15),
        toDate: day(choice.year, last, 14),
        label: `quý ${['I', 'II', 'III', 'IV'][choice.number - 1]} năm ${choice.year}`,
      };
    }
    case 'half_year':
      return choice.number === 1
        ? { fromDate: day(choice.year, 0, 15), toDate: day(choice.year, 6, 14), label: `6 tháng đầu năm ${choice.year}` }
        : { fromDate: day(choice.year, 6, 15), toDate: day(choice.year, 12, 14), label: `6 tháng cuối năm ${choice.year}` };
    case 'year':
      return { fromDate: day(choice.year, 0, 15), toDate: day(choice.year, 12, 14), label: `năm ${choice.year}` };
    case 'range':
      return { fromDate: choice.fromDate, toDate: choice.toDate, label: `từ ngày ${formatDay(choice.fromDate)} đến ngày ${formatDay(choice.toDate)}` };
  }
}

const formatDay = (iso: string) => iso.split('-').reverse().join('/');

/** The same window one period earlier, for "compared with the previous period" (a range: the same length before it). */
export function previousWindow(fromDate: string, toDate: string): { fromDate: string; toDate: string } {
  const length = Math.round((Date.parse(toDate) - Date.parse(fromDate)) / 86_400_000) + 1;
  return { fromDate: addCalendarDays(fromDate, -length), toDate: addCalendarDays(fromDate, -1) };
}

/**
 * A date written in full as Decree 30/2020 requires: "ngày 07 tháng 8 năm 2023" — a leading zero for
 * days 1–9 and for months 1–2 only.
 */
export function writtenDate(isoDate: string): string {
  const [year, month, dayOfMonth] = isoDate.split('-').map(Number);
  return `ngày ${pad(dayOfMonth)} tháng ${month <= 2 ? pad(month) : month} năm ${year}`;
}

/** A share in per cent with one decimal, Vietnamese style ("87,5%"), or a dash when nothing was counted. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '-';
  return `${(Math.round((part * 1000) / whole) / 10).toLocaleString('vi-VN')}%`;
}
