import { sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, people } from './org.js';

export const explanationItemKind = pgEnum('explanation_item_kind', ['task', 'acknowledgement', 'attendance']);
export const explanationStatus = pgEnum('explanation_status', ['awaiting_answer', 'answered', 'accepted', 'not_accepted']);

/**
 * A request for an explanation (yêu cầu giải trình) on one red item — an overdue task, a missed
 * acknowledgement, an unexcused absence — without a conduct case. The row is its own timeline:
 * request, answer, decision, escalation and the case it became each keep their moment.
 */
export const explanationRequests = pgTable(
  'explanation_requests',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    itemKind: explanationItemKind().notNull(),
    /** The task, the campaign assignment, or the meeting (with the subject, one invitation). */
    itemId: uuid().notNull(),
    itemTitle: text().notNull(),
    subjectPersonId: uuid()
      .notNull()
      .references(() => people.id),
    subjectName: text().notNull(),
    /** Copy of the subject's unit path when asked, so scope filters need no join. */
    subjectUnitPath: text().notNull(),
    requesterId: uuid()
      .notNull()
      .references(() => people.id),
    requesterName: text().notNull(),
    requesterUnitPath: text().notNull(),
    questions: text().notNull(),
    requestedAt: timestamp({ withTimezone: true }).notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    status: explanationStatus().notNull().default('awaiting_answer'),
    answer: text(),
    answeredAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => people.id),
    /** Set once by the sweep when the deadline passed unanswered: the people a level up who were told. */
    escalatedAt: timestamp({ withTimezone: true }),
    escalatedToIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    caseId: uuid(),
  },
  (t) => [
    index('explanation_requests_subject_idx').on(t.agencyId, t.subjectPersonId, t.requestedAt, t.id),
    index('explanation_requests_requester_idx').on(t.agencyId, t.requesterId, t.requestedAt, t.id),
    index('explanation_requests_item_idx').on(t.agencyId, t.itemKind, t.itemId),
    index('explanation_requests_escalated_idx').using('gin', t.escalatedToIds),
    index('explanation_requests_unanswered_idx')
      .on(t.agencyId, t.dueOn)
      .where(sql`status = 'awaiting_answer' and escalated_at is null`),
  ],
);
