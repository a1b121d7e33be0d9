import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** The recipient's channel when it was stored: 'digest' rows go in the daily digest, 'email_now' ones are mailed at once. */
    channel: text().notNull().default('digest'),
    emailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_person_idx').on(t.personId, t.createdAt, t.id),
    index('notifications_unread_idx')
      .on(t.personId)
      .where(sql`read_at is null`),
    uniqueIndex('notifications_dedupe_key').on(t.personId, t.dedupeKey),
    index('notifications_mail_now_idx')
      .on(t.createdAt)
      .where(sql`channel = 'email_now' and emailed_at is null`),
  ],
);

/** Each person's channel per notification kind; a kind without a row uses the default channel. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    kind: text().notNull(),
    channel: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind] })],
);
