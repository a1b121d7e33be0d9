import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfEpochDay, epochDayOfParts, isoInstant } from './dates.js';

const DAY_MS = 86_400_000;
const anyInstant = fc.date({ min: new Date('-010000-01-01T00:00:00Z'), max: new Date('+020000-12-31T23:59:59.999Z'), noInvalidDate: true });

describe('instants and dates by arithmetic', () => {
  it('writes every instant exactly as Date#toISOString does', () => {
    fc.assert(
      fc.property(anyInstant, (instant) => {
        expect(isoInstant(instant)).toBe(instant.toISOString());
      }),
      { numRuns: 5000 },
    );
    for (const text of ['1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2024-02-29T12:00:00.007Z', '0001-01-01T00:00:00.000Z']) {
      expect(isoInstant(new Date(text))).toBe(text);
    }
  });

  it('counts the days of a date from its parts as the inverse of dateOfEpochDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const date = new Date(days * DAY_MS);
        expect(epochDayOfParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
        const text = dateOfEpochDay(days);
        if (/^\d{4}-/.test(text)) expect(epochDayOfParts(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)))).toBe(days);
      }),
      { numRuns: 5000 },
    );
  });
});
