import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { historyColumns, storedFileColumns } from './columns.js';
import { agencies, people, units } from './org.js';

export const feedbackStatus = pgEnum('feedback_status', ['received', 'accepted', 'case_opened', 'answered', 'rejected']);
export const feedbackCategory = pgEnum('feedback_category', ['harassment', 'delay', 'avoiding_responsibility', 'attitude', 'corruption_signs', 'other']);
export const feedbackLevel = pgEnum('feedback_level', ['normal', 'urgent', 'complex']);
export const feedbackAuthor = pgEnum('feedback_author', ['reporter', 'staff']);

/**
 * A citizen's or business's report about an official or a unit (phản ánh, kiến nghị).
 * No IP address or device data is stored; the reporter's identity exists only sealed
 * (AES-256-GCM) in `identity_sealed`, and the tracking code only as its SHA-256.
 */
export const publicReports = pgTable(
  'public_reports',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    /** Short number staff quote on the phone, e.g. PA-260302-7K3Q; the reporter's key is the tracking code. */
    reference: text().notNull(),
    trackingHash: text().notNull(),
    category: feedbackCategory().notNull(),
    level: feedbackLevel().notNull().default('normal'),
    status: feedbackStatus().notNull(),
    /** The unit reported about, and a copy of its path for scope and routing checks. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    officialName: text().notNull().default(''),
    /** The reported official, once staff have identified them. */
    subjectPersonId: uuid().references(() => people.id),
    content: text().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    searchText: text().notNull(),
    isAnonymous: boolean().notNull(),
    /** Sensitive: sealed reporter name and contact; null when anonymous. */
    identitySealed: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    acceptDueAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    /** When the triage team and the unit were told the acceptance limit had passed (once per report). */
    acceptOverdueNoticedAt: timestamp({ withTimezone: true }),
    resolveDueAt: timestamp({ withTimezone: true }),
    handlerUnitId: uuid().references(() => units.id),
    handlerUnitPath: text(),
    handlerPersonId: uuid().references(() => people.id),
    manifestationCode: text(),
    caseId: uuid(),
    answer: text(),
    answeredAt: timestamp({ withTimezone: true }),
    rejectionReason: text(),
    ratingScore: smallint(),
    ratingComment: text(),
    ratedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('public_reports_tracking_hash_key').on(t.trackingHash),
    uniqueIndex('public_reports_reference_key').on(t.agencyId, t.reference),
    index('public_reports_queue_idx').on(t.agencyId, t.receivedAt, t.id),
    index('public_reports_status_idx').on(t.agencyId, t.status, t.receivedAt, t.id),
    // The triage queue opens on the reports still being worked on, oldest first: one range, however
    // many closed reports came before them.
    index('public_reports_open_idx')
      .on(t.agencyId, t.receivedAt, t.id)
      .where(sql`status in ('received', 'accepted', 'case_opened')`),
    index('public_reports_handler_idx').using('btree', t.agencyId, sql`${t.handlerUnitPath} text_pattern_ops`, t.receivedAt, t.id),
    index('public_reports_unit_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.receivedAt, t.id),
    index('public_reports_accept_due_idx')
      .on(t.agencyId, t.acceptDueAt)
      .where(sql`status = 'received'`),
    index('public_reports_accept_overdue_idx')
      .on(t.agencyId, t.acceptDueAt)
      .where(sql`status = 'received' and accept_overdue_noticed_at is null`),
    index('public_reports_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** The two-way thread between the reporter (anonymous or not) and the staff handling the report. */
export const publicReportMessages = pgTable(
  'public_report_messages',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    reportId: uuid()
      .notNull()
      .references(() => publicReports.id),
    author: feedbackAuthor().notNull(),
    authorPersonId: uuid().references(() => people.id),
    /** Staff name; null for the reporter, whose name is never copied out of the sealed identity. */
    authorName: text(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('public_report_messages_report_idx').on(t.reportId, t.createdAt)],
);

export const publicReportAttachments = pgTable(
  'public_report_attachments',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    reportId: uuid()
      .notNull()
      .references(() => publicReports.id),
    author: feedbackAuthor().notNull(),
    uploadedBy: uuid().references(() => people.id),
    ...storedFileColumns(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('public_report_attachments_report_idx').on(t.reportId, t.uploadedAt)],
);

/** Every step on a report: who, when, why, what changed. */
export const publicReportEvents = pgTable(
  'public_report_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    reportId: uuid()
      .notNull()
      .references(() => publicReports.id),
    ...historyColumns(),
    change: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('public_report_events_report_idx').on(t.reportId, t.id)],
);

/**
 * Monthly roll-up per reported unit (month = local 'YYYY-MM' of receipt) of what the public
 * accountability page shows, kept in each report write's transaction: received, accepted within
 * the 8-working-hour limit, answered, rejected, and the sum and count of the reporters' ratings.
 */
export const feedbackUnitMonthCounters = pgTable(
  'feedback_unit_month_counters',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    month: text().notNull(),
    received: integer().notNull().default(0),
    acceptedInTime: integer().notNull().default(0),
    answered: integer().notNull().default(0),
    rejected: integer().notNull().default(0),
    ratingSum: integer().notNull().default(0),
    ratingCount: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId, t.month] })],
);
