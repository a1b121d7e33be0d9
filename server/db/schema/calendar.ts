import { date, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org.js';

export const calendarDayKind = pgEnum('calendar_day_kind', ['holiday', 'makeup_workday']);

/** Dated exceptions to Mon–Fri: public holidays and official make-up working days, editable per agency. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    day: date({ mode: 'string' }).notNull(),
    kind: calendarDayKind().notNull(),
    name: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.day] })],
);
