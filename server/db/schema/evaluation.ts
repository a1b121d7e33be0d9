import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { historyColumns } from './columns.js';
import { agencies, people, personCategory, units } from './org.js';

export const evaluationPeriodKind = pgEnum('evaluation_period_kind', ['month', 'quarter', 'year']);
export const evaluationPeriodState = pgEnum('evaluation_period_state', ['open', 'closed']);
export const scorecardState = pgEnum('scorecard_state', ['self_assessment', 'review', 'decision', 'published', 'appeal', 'closed']);
export const ratingLevel = pgEnum('rating_level', ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);

/** A month, quarter or year opened for a unit subtree, with each step's working-day deadline. */
export const evaluationPeriods = pgTable(
  'evaluation_periods',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    kind: evaluationPeriodKind().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    state: evaluationPeriodState().notNull().default('open'),
    /** Unit recognised as outstanding: the scheme's higher cap applies (Hanoi: 40 %). */
    isOutstandingUnit: boolean().notNull().default(false),
    selfAssessmentDueOn: date({ mode: 'string' }).notNull(),
    reviewDueOn: date({ mode: 'string' }).notNull(),
    decisionDueOn: date({ mode: 'string' }).notNull(),
    appealWorkingDays: smallint().notNull(),
    referenceVersion: text().notNull(),
    openedBy: uuid().references(() => people.id),
    openedAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('evaluation_periods_unit_key').on(t.agencyId, t.unitId, t.kind, t.startsOn),
    index('evaluation_periods_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.startsOn),
  ],
);

/** One person's rating in one period: the figures, the computed explanation, the reviewer's changes and the level. */
export const evaluationScorecards = pgTable(
  'evaluation_scorecards',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    periodId: uuid()
      .notNull()
      .references(() => evaluationPeriods.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    category: personCategory().notNull(),
    schemeCode: text().notNull(),
    /** The direct manager who reviews (whoever assigned most of the person's tasks in the period, else the unit's head). */
    reviewerId: uuid().references(() => people.id),
    /** The unit head who decides; a unit head's own scorecard goes to the parent unit's head, or to the leaders when null. */
    deciderId: uuid().references(() => people.id),
    isUnitHead: boolean().notNull().default(false),
    /** For someone who moved unit during the period: the days worked in each unit; they are rated where they worked most. */
    placement: jsonb(),
    state: scorecardState().notNull().default('self_assessment'),
    stepDueOn: date({ mode: 'string' }),
    selfGeneral: numeric({ precision: 5, scale: 2, mode: 'number' }),
    selfBonus: numeric({ precision: 5, scale: 2, mode: 'number' }),
    selfComment: text(),
    reviewComment: text(),
    /** [{figure, value, reason, by, at}]: every change of a computed figure, with its written reason. */
    overrides: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Facts from other modules (discipline decided in the period, missing acknowledgements, absences). */
    facts: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    lines: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    score: numeric({ precision: 6, scale: 2, mode: 'number' }),
    computedLevel: ratingLevel(),
    level: ratingLevel(),
    levelReasons: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    isRated: boolean().notNull().default(true),
    monthsWorked: smallint(),
    monthsAbsent: smallint(),
    decidedBy: uuid().references(() => people.id),
    decidedAt: timestamp({ withTimezone: true }),
    publishedOn: date({ mode: 'string' }),
    appealDueOn: date({ mode: 'string' }),
    appealReason: text(),
    appealAnswer: text(),
    computedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('evaluation_scorecards_person_key').on(t.periodId, t.personId),
    index('evaluation_scorecards_period_idx').on(t.periodId, t.unitPath, t.id),
    index('evaluation_scorecards_reviewer_idx')
      .on(t.reviewerId, t.state)
      .where(sql`state = 'review'`),
    index('evaluation_scorecards_decider_idx')
      .on(t.deciderId, t.state)
      .where(sql`state in ('decision', 'appeal')`),
    index('evaluation_scorecards_person_idx').on(t.personId, t.periodId),
    index('evaluation_scorecards_late_idx')
      .on(t.agencyId, t.stepDueOn)
      .where(sql`state in ('self_assessment', 'review', 'decision', 'appeal')`),
  ],
);

/** The task facts a scorecard was computed from, copied from the work tables when the period is computed. */
export const evaluationTaskFacts = pgTable(
  'evaluation_task_facts',
  {
    scorecardId: uuid()
      .notNull()
      .references(() => evaluationScorecards.id),
    taskId: uuid().notNull(),
    title: text().notNull(),
    isCompleted: boolean().notNull(),
    workingDaysLate: integer().notNull(),
    grade: smallint(),
    returnCount: integer().notNull(),
    extensionCount: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.taskId] })],
);

/** The history of a scorecard: every step and change, with actor, time, reason and what changed. */
export const evaluationEvents = pgTable(
  'evaluation_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    scorecardId: uuid()
      .notNull()
      .references(() => evaluationScorecards.id),
    ...historyColumns(),
    change: jsonb().notNull(),
  },
  (t) => [index('evaluation_events_scorecard_idx').on(t.scorecardId, t.id)],
);
