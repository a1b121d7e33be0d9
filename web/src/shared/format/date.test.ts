import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatDateTime, toAgencyInstant } from './date';

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
