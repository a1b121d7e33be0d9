/**
 * Calendar dates in Asia/Ho_Chi_Minh. Vietnam keeps UTC+7 all year (no daylight saving),
 * so a fixed offset is exact and needs no time-zone database.
 */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The number written in text[from, to), or NaN when a character there is not a digit; for fixed-width fields. */
export function digitsIn(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The date (yyyy-mm-dd) of a day counted from 1970-01-01. Every list item asks for several dates
 * (outcome, signals, escalation), so they are worked out by arithmetic (H. Hinnant's
 * `civil_from_days`) rather than by formatting a Date as ISO text and cutting it, which cost ~6×
 * more; years outside 1000–9999 keep that slower path.
 */
export function dateOfEpochDay(days: number): string {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 1000 && year <= 9999)) return new Date(days * DAY_MS).toISOString().slice(0, 10);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Days from 1970-01-01 to a date given by its parts, any year (H. Hinnant's `days_from_civil`); the inverse of dateOfEpochDay. */
export function epochDayOfParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const FOUR_DIGIT_YEARS_FROM = Date.UTC(1000, 0, 1);
const FOUR_DIGIT_YEARS_UNTIL = Date.UTC(10_000, 0, 1);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * An instant as Date#toISOString writes it (yyyy-mm-ddThh:mm:ss.sssZ), by arithmetic: each list item
 * writes up to five instants, and toISOString was the largest single cost of presenting one.
 */
export function isoInstant(instant: Date): string {
  const ms = instant.getTime();
  if (!(ms >= FOUR_DIGIT_YEARS_FROM && ms < FOUR_DIGIT_YEARS_UNTIL)) return instant.toISOString();
  const days = Math.floor(ms / DAY_MS);
  const date = dateOfEpochDay(days);
  const inDay = ms - days * DAY_MS;
  const seconds = Math.floor(inDay / 1000);
  return `${date}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${pad3(inDay % 1000)}Z`;
}

/** The local calendar date (yyyy-mm-dd) of an instant. */
export function localDateOf(instant: Date): string {
  return dateOfEpochDay(Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / DAY_MS));
}

/** The instant a local date starts, optionally shifted by whole days. */
export function startOfLocalDay(isoDate: string, addDays = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + addDays) - VIETNAM_OFFSET_MS);
}

/** Days from 1970-01-01 to a yyyy-mm-dd date (NaN when a field is not digits); a day past its month's end carries over. */
export function epochDayOf(isoDate: string): number {
  return epochDayOfParts(digitsIn(isoDate, 0, 4), digitsIn(isoDate, 5, 7), digitsIn(isoDate, 8, 10));
}

export function addCalendarDays(isoDate: string, days: number): string {
  return dateOfEpochDay(epochDayOf(isoDate) + days);
}

/** The later of two dates (yyyy-mm-dd; they compare as text); a missing one gives way to the other. */
export function laterDate(a: string, b: string): string;
export function laterDate(a: string | undefined, b: string | undefined): string | undefined;
export function laterDate(a: string | undefined, b: string | undefined) {
  return a && b ? (a > b ? a : b) : (a ?? b);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((startOfLocalDay(toIso).getTime() - startOfLocalDay(fromIso).getTime()) / DAY_MS);
}

/** dd/mm/yyyy, the Vietnamese way. */
export function formatVietnameseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** The Monday of the week a local date falls in: weeks in Vietnam start on Monday. */
export function mondayOf(isoDate: string): string {
  return addCalendarDays(isoDate, -((weekdayOf(isoDate) + 6) % 7));
}
