import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documents } from './documents.js';
import { agencies, people, units } from './org.js';
import { tasks } from './work.js';

export const procedureVersionStatus = pgEnum('procedure_version_status', ['draft', 'submitted', 'approved', 'published', 'superseded']);
export const procedureLimitUnit = pgEnum('procedure_limit_unit', ['working_days', 'working_hours']);
export const procedureRunState = pgEnum('procedure_run_state', ['running', 'completed', 'cancelled']);
export const procedureRunStepState = pgEnum('procedure_run_step_state', ['waiting', 'open', 'done', 'cancelled']);

/** A work procedure (quy trình) of one unit; its content lives in numbered versions. */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    /** e.g. QT-03/VP, unique in the agency. */
    code: text().notNull(),
    title: text().notNull(),
    searchText: text().notNull(),
    /** The version runs start from now; null until the first publication. */
    publishedVersionId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('procedures_agency_code_key').on(t.agencyId, sql`lower(${t.code})`),
    index('procedures_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.code, t.id),
  ],
);

/** One edition of a procedure: draft → submitted → approved → published → superseded; never edited after submission. */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id),
    edition: integer().notNull(),
    status: procedureVersionStatus().notNull().default('draft'),
    purpose: text().notNull().default(''),
    scope: text().notNull().default(''),
    /** [{documentId, label}]: links to the document register. */
    legalBases: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    definitions: text().notNull().default(''),
    /** [{code, name}] */
    forms: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** [{name, keeper, retention}] */
    records: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    revisionNote: text().notNull().default(''),
    draftedById: uuid().references(() => people.id),
    submittedById: uuid().references(() => people.id),
    submittedAt: timestamp({ withTimezone: true }),
    approvedById: uuid().references(() => people.id),
    approvedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    issueDate: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [uniqueIndex('procedure_versions_edition_key').on(t.procedureId, t.edition)],
);

/** One row of a version's step table. */
export const procedureSteps = pgTable(
  'procedure_steps',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    versionId: uuid()
      .notNull()
      .references(() => procedureVersions.id),
    position: smallint().notNull(),
    name: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    responsiblePosition: text().notNull().default(''),
    defaultPersonId: uuid().references(() => people.id),
    limitValue: numeric({ mode: 'number' }).notNull(),
    limitUnit: procedureLimitUnit().notNull(),
    inputs: text().notNull().default(''),
    outputs: text().notNull().default(''),
    /** Opens only once the previous steps' results are accepted; otherwise once they are submitted. */
    needsAcceptance: boolean().notNull().default(true),
    /** Runs alongside the previous step: both open at once. */
    isParallel: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex('procedure_steps_position_key').on(t.versionId, t.position),
    index('procedure_steps_person_idx').on(t.agencyId, t.defaultPersonId),
    index('procedure_steps_unit_idx').on(t.agencyId, t.unitId),
  ],
);

/** A procedure version applied to one matter; it keeps its version for life. */
export const procedureRuns = pgTable(
  'procedure_runs',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id),
    versionId: uuid()
      .notNull()
      .references(() => procedureVersions.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    subjectTitle: text().notNull(),
    reference: text().notNull().default(''),
    documentId: uuid().references(() => documents.id),
    state: procedureRunState().notNull().default('running'),
    startedById: uuid()
      .notNull()
      .references(() => people.id),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    /** The overall limit: the sum of the step limits along the table, from the start. */
    dueDate: date({ mode: 'string' }).notNull(),
    completedAt: timestamp({ withTimezone: true }),
    promisedDate: date({ mode: 'string' }),
    promiseReason: text(),
    promiseCount: integer().notNull().default(0),
    /** A cancelled run: who stopped it, when and why. */
    cancelledAt: timestamp({ withTimezone: true }),
    cancelledById: uuid().references(() => people.id),
    cancelReason: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('procedure_runs_version_idx').on(t.agencyId, t.versionId, t.startedAt, t.id),
    index('procedure_runs_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.startedAt, t.id),
  ],
);

/** One step of one run: who holds it, when it was received and handed over. */
export const procedureRunSteps = pgTable(
  'procedure_run_steps',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    runId: uuid()
      .notNull()
      .references(() => procedureRuns.id),
    versionId: uuid()
      .notNull()
      .references(() => procedureVersions.id),
    stepId: uuid()
      .notNull()
      .references(() => procedureSteps.id),
    position: smallint().notNull(),
    state: procedureRunStepState().notNull().default('waiting'),
    /** The accountable person named at start (the step's default or one chosen). */
    personId: uuid()
      .notNull()
      .references(() => people.id),
    taskId: uuid().references(() => tasks.id),
    limitHours: numeric({ mode: 'number' }).notNull(),
    dueDate: date({ mode: 'string' }),
    receivedAt: timestamp({ withTimezone: true }),
    handedOverAt: timestamp({ withTimezone: true }),
    usedHours: numeric({ mode: 'number' }),
    isLate: boolean(),
  },
  (t) => [
    uniqueIndex('procedure_run_steps_step_key').on(t.runId, t.stepId),
    uniqueIndex('procedure_run_steps_task_key').on(t.taskId),
    // The radar reads the finished steps of one version, newest first, and the open ones.
    index('procedure_run_steps_radar_idx')
      .on(t.versionId, t.stepId, t.handedOverAt)
      .where(sql`state = 'done'`),
    index('procedure_run_steps_open_idx')
      .on(t.versionId, t.stepId)
      .where(sql`state = 'open'`),
    index('procedure_run_steps_person_idx')
      .on(t.agencyId, t.personId)
      .where(sql`state in ('waiting', 'open')`),
  ],
);
