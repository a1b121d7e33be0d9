import { date, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, people, units } from './org.js';

/** Each move of a person between units, with its local date: where someone worked when (evaluation rates movers where they worked most). */
export const personUnitMoves = pgTable(
  'person_unit_moves',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    fromUnitId: uuid()
      .notNull()
      .references(() => units.id),
    toUnitId: uuid()
      .notNull()
      .references(() => units.id),
    movedOn: date({ mode: 'string' }).notNull(),
    movedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('person_unit_moves_agency_day_idx').on(t.agencyId, t.movedOn), index('person_unit_moves_person_idx').on(t.personId, t.movedAt)],
);
