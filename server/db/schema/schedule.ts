import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, people, units } from './org.js';

export const weeklyScheduleStatus = pgEnum('weekly_schedule_status', ['draft', 'submitted', 'approved', 'published']);
export const scheduleSession = pgEnum('schedule_session', ['morning', 'afternoon']);

/** The leaders' weekly work schedule (lịch công tác tuần) of an agency: one per week, Monday to Sunday. */
export const weeklySchedules = pgTable(
  'weekly_schedules',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    /** The Monday of the week (Asia/Ho_Chi_Minh). */
    weekStart: date({ mode: 'string' }).notNull(),
    status: weeklyScheduleStatus().notNull(),
    /** Shown on the public site once published. */
    isPublic: boolean().notNull().default(false),
    draftedByName: text().notNull(),
    approvedByName: text(),
    approvedAt: timestamp({ withTimezone: true }),
    publishedByName: text(),
    publishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('weekly_schedules_week_key').on(t.agencyId, t.weekStart)],
);

/** One line of a weekly schedule; once the schedule is published, changes are marked, never silent. */
export const weeklyScheduleEntries = pgTable(
  'weekly_schedule_entries',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    scheduleId: uuid()
      .notNull()
      .references(() => weeklySchedules.id),
    day: date({ mode: 'string' }).notNull(),
    session: scheduleSession().notNull(),
    /** hh:mm, or null when the session alone is known. */
    startTime: text(),
    content: text().notNull(),
    chairId: uuid().references(() => people.id),
    chairName: text().notNull().default(''),
    participants: text().notNull().default(''),
    participantIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    place: text().notNull().default(''),
    preparingUnitId: uuid().references(() => units.id),
    preparingUnitName: text().notNull().default(''),
    isCancelled: boolean().notNull().default(false),
    /** Set when the entry was added or changed after publication: what changed, and when. */
    changedAt: timestamp({ withTimezone: true }),
    changeNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('weekly_schedule_entries_schedule_idx').on(t.scheduleId, t.day, t.session, t.startTime)],
);
