import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documents, documentVersions } from './documents.js';
import { agencies, people, units } from './org.js';
import { tasks } from './work.js';

export const campaignStatus = pgEnum('campaign_status', ['draft', 'launched', 'closed']);
export const attendanceStatus = pgEnum('attendance_status', ['invited', 'present', 'absent_excused', 'absent_unexcused']);

/** A read-and-commit campaign (đợt quán triệt): documents × audience, one assignment per person once launched. */
export const disseminationCampaigns = pgTable(
  'dissemination_campaigns',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    /** The organising unit; managers of its subtree manage the campaign. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    title: text().notNull(),
    /** The title folded for search (foldForSearch): "dun day" finds "đùn đẩy"; set by the repository on every write of the title. */
    searchText: text().notNull().default(''),
    description: text().notNull().default(''),
    status: campaignStatus().notNull().default('draft'),
    /** {wholeAgency, unitIds, categories, partyMembersOnly, personIds}: kept so people who join later are added. */
    audience: jsonb().notNull(),
    deadlineWorkingDays: integer(),
    /** Fixed at creation for a date, at launch for working days. */
    dueDate: date({ mode: 'string' }),
    requiresCommitment: boolean().notNull().default(false),
    /** {questions: [{text, options, correctIndex}], passPercent} or null. */
    quiz: jsonb(),
    /** Raised each time a document gets a new version: everyone acknowledges again. */
    round: integer().notNull().default(1),
    createdById: uuid().references(() => people.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    launchedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('dissemination_campaigns_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.createdAt, t.id),
    index('dissemination_campaigns_agency_idx').on(t.agencyId, t.createdAt, t.id),
    index('dissemination_campaigns_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('dissemination_campaigns_live_idx')
      .on(t.agencyId, t.id)
      .where(sql`status = 'launched'`),
  ],
);

/** The documents of a campaign, each at the version being disseminated now. */
export const disseminationCampaignDocuments = pgTable(
  'dissemination_campaign_documents',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    campaignId: uuid()
      .notNull()
      .references(() => disseminationCampaigns.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    versionId: uuid()
      .notNull()
      .references(() => documentVersions.id),
    versionNumber: integer().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.documentId] }), index('dissemination_campaign_documents_document_idx').on(t.agencyId, t.documentId)],
);

/**
 * One row per person and campaign. The unit is the one the person belonged to when assigned and
 * never changes: a person who moves keeps their history, counted where it was earned.
 */
export const disseminationAssignments = pgTable(
  'dissemination_assignments',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    campaignId: uuid()
      .notNull()
      .references(() => disseminationCampaigns.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    personName: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    assignedAt: timestamp({ withTimezone: true }).notNull(),
    /** The round the flags below belong to. */
    round: integer().notNull().default(1),
    openedAt: timestamp({ withTimezone: true }),
    acknowledgedAt: timestamp({ withTimezone: true }),
    committedAt: timestamp({ withTimezone: true }),
    commitmentName: text(),
    quizAttempts: integer().notNull().default(0),
    quizBestScore: smallint(),
    quizPassedAt: timestamp({ withTimezone: true }),
    isDone: boolean().notNull().default(false),
    wasAskedAgain: boolean().notNull().default(false),
    lastRemindedOn: date({ mode: 'string' }),
  },
  (t) => [
    uniqueIndex('dissemination_assignments_person_key').on(t.campaignId, t.personId),
    index('dissemination_assignments_mine_idx').on(t.agencyId, t.personId, t.isDone, t.assignedAt, t.id),
    index('dissemination_assignments_laggards_idx')
      .using('btree', t.campaignId, sql`${t.unitPath} text_pattern_ops`, t.personName, t.id)
      .where(sql`acknowledged_at is null`),
    index('dissemination_assignments_undone_idx')
      .using('btree', t.campaignId, sql`${t.unitPath} text_pattern_ops`, t.personName, t.id)
      .where(sql`not is_done`),
  ],
);

/** Everything a person did with a campaign, per document version: never updated, never deleted. */
export const acknowledgementEvents = pgTable(
  'acknowledgement_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    assignmentId: uuid()
      .notNull()
      .references(() => disseminationAssignments.id),
    campaignId: uuid().notNull(),
    personId: uuid().notNull(),
    kind: text().notNull(),
    round: integer().notNull(),
    /** [{documentId, versionId}] as they were when it happened. */
    documents: jsonb().notNull(),
    detail: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('acknowledgement_events_assignment_idx').on(t.assignmentId, t.id)],
);

/**
 * Coverage counters per campaign and unit, kept in step with the assignments on every write: the
 * unit's own people, and (subtree_*) its whole subtree's, added to each ancestor on write (an
 * ancestor with nobody of its own has a row with own counters at 0).
 */
export const disseminationUnitCounters = pgTable(
  'dissemination_unit_counters',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    campaignId: uuid()
      .notNull()
      .references(() => disseminationCampaigns.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    assigned: integer().notNull().default(0),
    read: integer().notNull().default(0),
    acknowledged: integer().notNull().default(0),
    committed: integer().notNull().default(0),
    passed: integer().notNull().default(0),
    done: integer().notNull().default(0),
    subtreeAssigned: integer().notNull().default(0),
    subtreeRead: integer().notNull().default(0),
    subtreeAcknowledged: integer().notNull().default(0),
    subtreeCommitted: integer().notNull().default(0),
    subtreePassed: integer().notNull().default(0),
    subtreeDone: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);

/** A conference (hội nghị): invitations, attendance, minutes and conclusions. */
export const meetings = pgTable(
  'meetings',
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
    /** The title folded for search (foldForSearch): "dun day" finds "đùn đẩy"; set by the repository on every write of the title. */
    searchText: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull().default(''),
    onlineLink: text(),
    chairId: uuid()
      .notNull()
      .references(() => people.id),
    organiserId: uuid().references(() => people.id),
    /** [{documentId, versionId, versionNumber}] */
    documents: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    campaignId: uuid().references(() => disseminationCampaigns.id),
    /** Short random code people type to check themselves in; accepted only during the meeting window. */
    checkInCode: text().notNull(),
    minutes: text().notNull().default(''),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('meetings_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.startsAt, t.id),
    index('meetings_agency_idx').on(t.agencyId, t.startsAt, t.id),
    index('meetings_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    personName: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    status: attendanceStatus().notNull().default('invited'),
    reason: text(),
    checkedInAt: timestamp({ withTimezone: true }),
    checkedInBySelf: boolean().notNull().default(false),
    startsAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    index('meeting_invitations_person_idx').on(t.agencyId, t.personId, t.startsAt, t.meetingId),
    index('meeting_invitations_list_idx').on(t.meetingId, t.personName, t.personId),
  ],
);

export const meetingConclusions = pgTable(
  'meeting_conclusions',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id),
    text: text().notNull(),
    /** The text folded for search (foldForSearch), for the task form's picker; set by the repository on insert. */
    searchText: text().notNull().default(''),
    taskId: uuid().references(() => tasks.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('meeting_conclusions_meeting_idx').on(t.meetingId, t.createdAt),
    index('meeting_conclusions_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);
