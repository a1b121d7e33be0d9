import dayjs, { type Dayjs } from 'dayjs';

const AGENCY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AGENCY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instant: Date) {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: parts.day, month: parts.month, year: parts.year, hour: parts.hour, minute: parts.minute };
}

/**
 * dd/mm/yyyy. A calendar date ("2026-05-20") is shown as written; an instant (Date or
 * ISO timestamp) is shown as the date in Asia/Ho_Chi_Minh.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string') {
    const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  }
  const { day, month, year } = partsOf(new Date(value));
  return `${day}/${month}/${year}`;
}

/** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh, whatever the browser's own time zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const { day, month, year, hour, minute } = partsOf(new Date(value));
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** A date picker's value as the yyyy-mm-dd the API expects. */
export function toIsoDate(date: Dayjs): string {
  return date.format('YYYY-MM-DD');
}

/**
 * A date-and-time picker's value as the instant the API expects. What the user picked is a time
 * in the agency (Asia/Ho_Chi_Minh, UTC+7 all year, no summer time), whatever the browser's own
 * time zone: an official travelling, or a laptop set to UTC, must not move a meeting.
 */
export function toAgencyInstant(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00`;
}

/** A yyyy-mm-dd from the API as a date picker's value. */
export function fromIsoDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

const agencyDate = new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's yyyy-mm-dd in Asia/Ho_Chi_Minh, the calendar the server counts deadlines in. */
export function todayIso(now: Date = new Date()): string {
  return agencyDate.format(now);
}

const weekdayFormats = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: AGENCY_TIME_ZONE, weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: AGENCY_TIME_ZONE, weekday: 'long' }),
};

/** The day of the week an instant falls on in Asia/Ho_Chi_Minh ("Thứ Hai"), not in the browser's zone. */
export function formatWeekday(instant: Date, language: 'vi' | 'en' = 'vi'): string {
  return weekdayFormats[language].format(instant);
}
