import pg from 'pg';

const TIMESTAMPTZ = pg.types.builtins.TIMESTAMPTZ;
const driverParse = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;
/** How PostgreSQL writes a timestamptz in its default ISO DateStyle: 'yyyy-mm-dd hh:mm:ss[.ffffff]±hh[:mm]'. */
const ISO_STYLE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d(?::\d\d)?$/;

/**
 * A timestamptz read through the engine's ISO 8601 parser: 3–4 times faster than the driver's own
 * (a regular expression and a Date built from its parts), which took ~6 % of a task list's server
 * CPU. Anything else (BC, infinity, a five-digit year, another DateStyle) goes to the driver's parser.
 */
export function parseTimestamptz(text: string): Date {
  if (!ISO_STYLE.test(text)) return driverParse(text);
  const offsetHasMinutes = text.charCodeAt(text.length - 3) === 58; // ':'
  return new Date(`${text.slice(0, 10)}T${text.slice(11)}${offsetHasMinutes ? '' : ':00'}`);
}

/** The driver's type parsers with parseTimestamptz for timestamptz, for a pool's `types` option. */
export const fastTimestampTypes = {
  getTypeParser: (oid: number, format?: string) =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : pg.types.getTypeParser(oid, format as 'text'),
} as pg.CustomTypesConfig;
