import { sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, people } from './org.js';

export const privacyRequestKind = pgEnum('privacy_request_kind', ['access', 'correction', 'deletion', 'objection']);
export const privacyRequestState = pgEnum('privacy_request_state', ['received', 'answered', 'refused']);

/** The register of data-subject requests (Decree 13/2023, Decree 356/2025): one row per request received. */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    kind: privacyRequestKind().notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    /** The legal answer deadline, computed once from receivedOn by privacy.rules.ts. */
    answerDueOn: date({ mode: 'string' }).notNull(),
    note: text().notNull().default(''),
    state: privacyRequestState().notNull().default('received'),
    answer: text(),
    refusalReason: text(),
    answeredAt: timestamp({ withTimezone: true }),
    handlerPersonId: uuid().references(() => people.id),
    handlerName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('privacy_requests_agency_idx').on(t.agencyId, t.receivedOn, t.id),
    index('privacy_requests_open_idx')
      .on(t.agencyId, t.answerDueOn)
      .where(sql`state = 'received'`),
  ],
);
