import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseTimestamptz } from './timestamps.js';

const driverParse = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date;
const two = (n: number) => String(n).padStart(2, '0');

/** A timestamptz as PostgreSQL writes it in the ISO DateStyle, for any time zone offset it may use. */
const written = fc
  .record({
    at: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
    micros: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
    offsetMinutes: fc.integer({ min: -15 * 60, max: 15 * 60 }),
  })
  .map(({ at, micros, offsetMinutes }) => {
    const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString();
    const sign = offsetMinutes < 0 ? '-' : '+';
    const offset = `${sign}${two(Math.floor(Math.abs(offsetMinutes) / 60))}${Math.abs(offsetMinutes) % 60 ? `:${two(Math.abs(offsetMinutes) % 60)}` : ''}`;
    const fraction = micros === undefined ? '' : `.${String(micros).padStart(6, '0').replace(/0+$/, '') || '0'}`;
    return `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction}${offset}`;
  });

describe('timestamptz parsing', () => {
  it('reads every ISO-style timestamptz as the driver does', () => {
    fc.assert(
      fc.property(written, (text) => {
        expect(parseTimestamptz(text).getTime()).toBe(driverParse(text).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves what is not ISO style to the driver', () => {
    for (const text of ['infinity', '-infinity', '2026-03-02 01:00:00+00 BC', '10000-01-01 00:00:00+00', '2026-03-02 01:00:00+05:30:15', '2026-13-02 01:00:00+00', '2026-03-02 01:00:00.+00', '2026-03-02T01:00:00+00']) {
      expect(String(parseTimestamptz(text))).toBe(String(driverParse(text)));
    }
  });
});
