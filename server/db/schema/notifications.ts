import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, people } from './org.js';

/** In-app notifications of the notifications module; e-mail goes out in the daily digest. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    kind: text().notNull(),
    title: jsonb().notNull(),
    /** What opening the notification shows (a task, the recipient's own assignment, a meeting, a case, a public report). */
    subjectType: text(),
    subjectId: uuid(),
    signal: jsonb(),
    /** Same facts, same person: notified once (signals and sweeps are idempotent through it). */
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
    digestedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_person_idx').on(t.personId, t.createdAt, t.id),
    index('notifications_unread_idx')
      .on(t.personId)
      .where(sql`read_at is null`),
    uniqueIndex('notifications_dedupe_key').on(t.personId, t.dedupeKey),
  ],
);
