import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatWeekday, toAgencyInstant } from './date';

describe('date and time picked in the agency', () => {
  it('sends 08:00 picked on 26/11/2026 as 08:00 in Hà Nội, whatever the browser’s time zone', () => {
    const picked = dayjs('2026-11-26T08:00');
    expect(toAgencyInstant(picked)).toBe('2026-11-26T08:00:00+07:00');
    expect(new Date(toAgencyInstant(picked)).toISOString()).toBe('2026-11-26T01:00:00.000Z');
  });

  it('shows the sent instant back as the time that was picked', () => {
    for (const wallClock of ['2026-01-01T00:00', '2026-04-30T07:30', '2026-12-31T23:59']) {
      const [date, time] = wallClock.split('T');
      const [year, month, day] = date.split('-');
      expect(formatDateTime(toAgencyInstant(dayjs(wallClock)))).toBe(`${day}/${month}/${year} ${time}`);
    }
  });
});

describe('dates in Asia/Ho_Chi_Minh, whatever the browser’s zone (run with TZ=America/New_York too)', () => {
  // Monday 7 December 2026, 20:00 UTC: still Monday afternoon in New York, already Tuesday 03:00 in Hà Nội.
  const lateMondayUtc = new Date('2026-12-07T20:00:00Z');
  const zone = process.env.TZ;
  // Node applies a changed TZ at once: the browser of an official travelling in America.
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
    expect(new Date('2026-12-07T20:00:00Z').getDate()).toBe(7);
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('names the weekday of Hà Nội', () => {
    expect(formatWeekday(lateMondayUtc, 'vi')).toBe('Thứ Ba');
    expect(formatWeekday(lateMondayUtc, 'en')).toBe('Tuesday');
  });

  it('shows the date and time of Hà Nội', () => {
    expect(formatDate(lateMondayUtc)).toBe('08/12/2026');
    expect(formatDateTime(lateMondayUtc)).toBe('08/12/2026 03:00');
    expect(formatDate('2026-12-07')).toBe('07/12/2026');
  });
});
