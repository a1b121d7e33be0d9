import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { historyColumns, storedFileColumns } from './columns.js';
import { agencies, people, units } from './org.js';

/** Storage parameters of a GIN index read on hot paths (see tasks). */
const GIN_SHORT_PENDING_LIST = { gin_pending_list_limit: 64 };

export const taskStatus = pgEnum('task_status', ['assigned', 'in_progress', 'submitted', 'completed', 'cancelled']);
export const taskPriority = pgEnum('task_priority', ['low', 'normal', 'high', 'urgent']);
export const taskOutcome = pgEnum('task_outcome', ['completed_on_time', 'completed_late', 'open_in_time', 'open_overdue']);
export const taskSourceKind = pgEnum('task_source_kind', ['ad_hoc', 'plan_target', 'procedure_step', 'meeting_conclusion', 'conduct_case', 'document']);

/** One row per task: the state the rules work on, plus what lists filter and sort by. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Copy of the unit's path so scope filters need no join. */
    unitPath: text().notNull(),
    title: text().notNull(),
    searchText: text().notNull(),
    description: text().notNull().default(''),
    expectedOutput: text().notNull(),
    priority: taskPriority().notNull().default('normal'),
    sourceKind: taskSourceKind().notNull().default('ad_hoc'),
    sourceId: uuid(),
    ownerId: uuid()
      .notNull()
      .references(() => people.id),
    assignerId: uuid()
      .notNull()
      .references(() => people.id),
    status: taskStatus().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    assignedAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    inProgressSince: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    progressPercent: smallint().notNull().default(0),
    lastProgressAt: timestamp({ withTimezone: true }),
    grade: smallint(),
    /** The one open request (difficulty, transfer, extension) as the rules shape it, or null. */
    openRequest: jsonb(),
    /** Who must decide the open request or review the submitted result; indexed for "awaiting my decision". */
    deciderIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    transferCount: integer().notNull().default(0),
    extensionCount: integer().notNull().default(0),
    returnCount: integer().notNull().default(0),
    /** Current signals as computed on the last write or sweep: [{kind, since, level}]. */
    signals: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    signalKinds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The outcome last added to the unit counters; the sweep moves tasks that fell overdue by time alone. */
    countedOutcome: taskOutcome(),
    /** Optimistic concurrency: a command applies only to the version it read. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_owner_open_idx')
      .on(t.agencyId, t.ownerId, t.dueDate, t.id)
      .where(sql`status in ('assigned', 'in_progress', 'submitted')`),
    index('tasks_owner_idx').on(t.agencyId, t.ownerId, t.dueDate, t.id),
    index('tasks_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.dueDate, t.id),
    // Task GIN indexes keep a short pending list (64 kB, the least allowed, against 4 MB by default):
    // every new or moved task row is queued there until a flush, and every read of the index scans
    // the whole queue, so a long one slows every search.
    index('tasks_deciders_idx').using('gin', t.deciderIds).with(GIN_SHORT_PENDING_LIST),
    index('tasks_signal_kinds_idx').using('gin', t.signalKinds).with(GIN_SHORT_PENDING_LIST),
    // The sweep walks open tasks in (due date, id) order.
    index('tasks_open_due_idx')
      .on(t.agencyId, t.dueDate, t.id)
      .where(sql`status in ('assigned', 'in_progress', 'submitted')`),
    // Roll-ups of the things tasks come from (plan targets, …) group the tasks of one source.
    index('tasks_source_idx')
      .on(t.agencyId, t.sourceKind, t.sourceId)
      .where(sql`source_id is not null`),
  ],
);

/**
 * What a text search reads of a task, beside it: the search index's ~50 keys per task change only
 * when its words, unit or due day do, not on every command that moves its status (which rewrites
 * every index of the task row; this one alone was ~15 % of a lifecycle command's database CPU).
 * Kept by triggers on tasks (migration 0017), so no writer can forget it.
 */
export const taskSearch = pgTable(
  'task_search',
  {
    taskId: uuid()
      .primaryKey()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitPath: text().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    searchText: text().notNull(),
  },
  (t) => [
    // Words, subtree and due day in one index. task_search_scopes() (migrations 0015, 0019) keys each task by
    // every unit of its path, alone and with its due day ("<unitId>@<day>"): a subtree's search reads
    // its days in due order and stops at a page (work.subtree-search.ts); the rest of a window, and a
    // search without a unit, go to the words' trigrams.
    index('task_search_scope_idx')
      .using('gin', sql`task_search_scopes(${t.unitPath}, ${t.dueDate})`, sql`${t.searchText} gin_trgm_ops`)
      .with(GIN_SHORT_PENDING_LIST),
  ],
);

export const taskCollaborators = pgTable(
  'task_collaborators',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id),
    personId: uuid().references(() => people.id),
    unitId: uuid().references(() => units.id),
  },
  (t) => [index('task_collaborators_task_idx').on(t.taskId), index('task_collaborators_person_idx').on(t.personId)],
);

/** The history of a task: one row per command, with actor, reason and what changed. */
export const taskEvents = pgTable(
  'task_events',
  {
    /** Identity, so events of the same instant keep the order they were written in. */
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id),
    ...historyColumns(),
    before: jsonb().notNull(),
    after: jsonb().notNull(),
  },
  (t) => [index('task_events_task_idx').on(t.taskId, t.id)],
);

/**
 * Dashboard counters per unit, kept on every write: the unit's own tasks, and (subtree_*) the tasks
 * of its whole subtree, added to each ancestor on write so a roll-up reads only the units it shows.
 * A unit's counters are the sum of its rows, one per stripe: a command adds to the stripe of its task
 * (counterStripeOf in work.repository.ts), so commands in one unit, which all add to its ancestors up to the root,
 * queue on a row only when their tasks share a stripe.
 */
export const unitWorkCounters = pgTable(
  'unit_work_counters',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    stripe: smallint().notNull().default(0),
    open: integer().notNull().default(0),
    overdue: integer().notNull().default(0),
    completedOnTime: integer().notNull().default(0),
    completedLate: integer().notNull().default(0),
    transfers: integer().notNull().default(0),
    extensions: integer().notNull().default(0),
    subtreeOpen: integer().notNull().default(0),
    subtreeOverdue: integer().notNull().default(0),
    subtreeCompletedOnTime: integer().notNull().default(0),
    subtreeCompletedLate: integer().notNull().default(0),
    subtreeTransfers: integer().notNull().default(0),
    subtreeExtensions: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId, t.stripe] })],
);

/** Per-person responsibility counters: transfers away ("bounces"), extensions, returns. */
export const personWorkCounters = pgTable(
  'person_work_counters',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    transfersAway: integer().notNull().default(0),
    transfersReceived: integer().notNull().default(0),
    extensions: integer().notNull().default(0),
    returns: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.personId] })],
);

/** Weekly roll-up per unit (week = the Monday, local date) for the dashboard's trend, kept on write. */
export const unitWeekCounters = pgTable(
  'unit_week_counters',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    week: date({ mode: 'string' }).notNull(),
    completedOnTime: integer().notNull().default(0),
    completedLate: integer().notNull().default(0),
    transfers: integer().notNull().default(0),
    extensions: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId, t.week] })],
);

/**
 * Monthly roll-up per unit (month = local 'YYYY-MM' of the task's completion) of the tasks completed,
 * on time or late, kept on write; the public accountability page reads twelve of them per unit.
 */
export const unitMonthCounters = pgTable(
  'unit_month_counters',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    month: text().notNull(),
    completedOnTime: integer().notNull().default(0),
    completedLate: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId, t.month] })],
);

/** Files attached to a task as evidence of work or reference material; content lives in the file store. */
export const taskAttachments = pgTable(
  'task_attachments',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id),
    ...storedFileColumns(),
    uploadedBy: uuid().references(() => people.id),
    uploadedByName: text().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('task_attachments_task_idx').on(t.taskId, t.uploadedAt)],
);
