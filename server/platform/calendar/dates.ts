/**
 * Calendar dates in Asia/Ho_Chi_Minh. Vietnam keeps UTC+7 all year (no daylight saving),
 * so a fixed offset is exact and needs no time-zone database.
 */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The local calendar date (yyyy-mm-dd) of an instant. */
export function localDateOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a local date starts, optionally shifted by whole days. */
export function startOfLocalDay(isoDate: string, addDays = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + addDays) - VIETNAM_OFFSET_MS);
}

export function addCalendarDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
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
