import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org.js';

/** One row per scheduled run and agency: the instance that inserts it runs the job, the others skip. */
export const jobRuns = pgTable(
  'job_runs',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    job: text().notNull(),
    runKey: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    result: jsonb(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.job, t.runKey] })],
);
