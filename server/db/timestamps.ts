import pg from 'pg';
import { digitsIn, epochDayOfParts } from '../platform/calendar/dates.js';

const TIMESTAMPTZ = pg.types.builtins.TIMESTAMPTZ;
const driverParse = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

/**
 * A timestamptz as PostgreSQL writes it in its default ISO DateStyle, 'yyyy-mm-dd hh:mm:ss[.ffffff]±hh[:mm]',
 * read by position: the driver's parser (regular expressions) and the engine's date-string parser
 * each took 4–6 % of a task list's server CPU, for the seven instants of each of its rows.
 * Anything else (BC, infinity, a five-digit year, another DateStyle) goes to the driver's parser.
 */
export function parseTimestamptz(text: string): Date {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return driverParse(text); // '-', ' ', ':'
  const end = text.length;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46 /* . */) {
    const from = ++at;
    while (at < end && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
    if (at === from) return driverParse(text);
    // Truncated to milliseconds, as the driver does.
    const kept = Math.min(at - from, 3);
    millis = digitsIn(text, from, from + kept) * (kept === 1 ? 100 : kept === 2 ? 10 : 1);
  }
  const sign = text.charCodeAt(at);
  const hasMinutes = end === at + 6 && text.charCodeAt(at + 3) === 58;
  if ((sign !== 43 && sign !== 45) || !(end === at + 3 || hasMinutes)) return driverParse(text); // '+', '-'
  const year = digitsIn(text, 0, 4);
  const offsetMinutes = (sign === 45 ? -1 : 1) * (digitsIn(text, at + 1, at + 3) * 60 + (hasMinutes ? digitsIn(text, at + 4, at + 6) : 0));
  const month = digitsIn(text, 5, 7);
  const day = digitsIn(text, 8, 10);
  const seconds = digitsIn(text, 11, 13) * 3600 + digitsIn(text, 14, 16) * 60 + digitsIn(text, 17, 19) - offsetMinutes * 60;
  // A day or an hour past its end carries over here as in the driver's Date.UTC; a month would not.
  if (!(month >= 1 && month <= 12) || Number.isNaN(year + day + seconds)) return driverParse(text);
  return new Date((epochDayOfParts(year, month, day) * 86_400 + seconds) * 1000 + millis);
}

/** The driver's type parsers with parseTimestamptz for timestamptz, for a pool's `types` option. */
export const fastTimestampTypes = {
  getTypeParser: (oid: number, format?: string) =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : pg.types.getTypeParser(oid, format as 'text'),
} as pg.CustomTypesConfig;
