import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, people, units } from './org.js';
import { tasks } from './work.js';

/** A board's filters saved under a name: the owner's alone, or shared in a unit by its head (issue 28). */
export const savedTaskViews = pgTable(
  'saved_task_views',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    ownerPersonId: uuid()
      .notNull()
      .references(() => people.id),
    /** Null: personal; otherwise everyone in this unit's subtree sees it. */
    sharedUnitId: uuid().references(() => units.id),
    sharedUnitPath: text(),
    name: text().notNull(),
    filters: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('saved_task_views_owner_idx').on(t.agencyId, t.ownerPersonId), index('saved_task_views_unit_idx').on(t.agencyId, t.sharedUnitId)],
);

/** People who follow a task to hear of its events as notifications. */
export const taskFollowers = pgTable(
  'task_followers',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.personId] }), index('task_followers_person_idx').on(t.personId)],
);
