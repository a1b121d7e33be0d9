import { boolean, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, people, units } from './org.js';

export const reportRunStatus = pgEnum('report_run_status', ['queued', 'running', 'done', 'failed']);

/** One generation of a periodic Directive 24 report: who asked, for what, how far it got, and the file it made. */
export const reportRuns = pgTable(
  'report_runs',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    requestedByPersonId: uuid().references(() => people.id),
    requestedByName: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    /** month | quarter | half_year | year | range */
    periodKind: text().notNull(),
    periodLabel: text().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }).notNull(),
    /** party (Guideline 36-HD/VPTW) | administrative (Decree 30/2020) */
    layout: text().notNull(),
    /** Marked MẬT when asked: the conduct table names subjects, and only who may see every case's subject reads it. */
    isConfidential: boolean().notNull().default(false),
    status: reportRunStatus().notNull(),
    percent: integer().notNull().default(0),
    error: text(),
    /** The instant the figures were read at: the data version the report shows. */
    dataCutoffAt: timestamp({ withTimezone: true }),
    fileSha256: text(),
    fileSize: integer(),
    fileName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('report_runs_agency_idx').on(t.agencyId, t.createdAt, t.id)],
);

/** Units whose aggregated figures the agency publishes on its accountability page. */
export const publicAccountabilityUnits = pgTable(
  'public_accountability_units',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    isPublished: boolean().notNull().default(true),
    changedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId] })],
);
