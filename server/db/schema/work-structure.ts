import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, people, units } from './org.js';
import { taskPriority, tasks } from './work.js';

/**
 * A task split into subtasks: each subtask is an ordinary task (one accountable owner of its own),
 * linked here to the task it was split from. A task has at most one parent.
 */
export const taskSubtasks = pgTable(
  'task_subtasks',
  {
    taskId: uuid()
      .primaryKey()
      .references(() => tasks.id),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    parentTaskId: uuid()
      .notNull()
      .references(() => tasks.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('task_subtasks_parent_idx').on(t.agencyId, t.parentTaskId)],
);

/** Small steps of a task that need no owner of their own, ticked by the task's owner. */
export const taskChecklistItems = pgTable(
  'task_checklist_items',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id),
    position: integer().notNull(),
    text: text().notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneByName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('task_checklist_items_task_idx').on(t.agencyId, t.taskId, t.position)],
);

export const taskSeriesStatus = pgEnum('task_series_status', ['active', 'ended']);

/** A recurring task: what each occurrence asks, of whom, and on which schedule of the working-day calendar. */
export const taskSeries = pgTable(
  'task_series',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    expectedOutput: text().notNull(),
    priority: taskPriority().notNull().default('normal'),
    ownerId: uuid()
      .notNull()
      .references(() => people.id),
    assignerId: uuid()
      .notNull()
      .references(() => people.id),
    /** The schedule as the contract shapes it (work-recurring.ts). */
    schedule: jsonb().notNull(),
    /** How many working days before its due date each occurrence is created. */
    leadWorkingDays: smallint().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    status: taskSeriesStatus().notNull().default('active'),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('task_series_agency_idx').on(t.agencyId, t.status, t.unitPath)],
);

/**
 * One row per occurrence (its due date) that was created or skipped: the key (series, date) makes
 * creating an occurrence idempotent, however many instances run the job.
 */
export const taskSeriesOccurrences = pgTable(
  'task_series_occurrences',
  {
    seriesId: uuid()
      .notNull()
      .references(() => taskSeries.id),
    occurrenceDate: date({ mode: 'string' }).notNull(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    taskId: uuid().references(() => tasks.id),
    skippedReason: text(),
    decidedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.occurrenceDate] }), index('task_series_occurrences_task_idx').on(t.taskId)],
);
