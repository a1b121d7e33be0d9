import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseSignalKinds } from '../../../contracts/conduct-vocabulary.js';
import { historyColumns, storedFileColumns } from './columns.js';
import { agencies, people, units } from './org.js';

/** `directive` = the Directive 24 appendix; `related` = conduct named in other official texts. */
export const conductCatalogKind = pgEnum('conduct_catalog_kind', ['directive', 'related']);
export const conductCaseStatus = pgEnum('conduct_case_status', [
  'recorded',
  'verifying',
  'awaiting_explanation',
  'explained',
  'concluded',
  'measure_decided',
  'notified',
  'closed',
  'deferred',
  'dismissed',
]);
export const conductCaseSource = pgEnum('conduct_case_source', ['inspection', 'supervisor', 'self_criticism', 'public_report', 'signal']);
export const conductSubjectKind = pgEnum('conduct_subject_kind', ['person', 'unit']);
export const conductSubjectCategory = pgEnum('conduct_subject_category', ['civil_servant', 'cadre', 'public_employee', 'party_member', 'party_organisation']);
export const conductConfidentiality = pgEnum('conduct_confidentiality', ['normal', 'confidential']);
export const conductSeverity = pgEnum('conduct_severity', ['less_serious', 'serious', 'very_serious']);
export const conductMeasureKind = pgEnum('conduct_measure_kind', ['reminder', 'criticism', 'discipline']);
export const conductSuggestionStatus = pgEnum('conduct_suggestion_status', ['open', 'dismissed', 'opened']);

/** One version of a catalog per row; cases point at the version they were classified with. */
export const conductCatalogs = pgTable(
  'conduct_catalogs',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    kind: conductCatalogKind().notNull(),
    version: text().notNull(),
    title: text().notNull(),
    /** `draft` while the official appendix is not loaded (the shipped file), `official` once imported. */
    status: text().notNull(),
    note: text().notNull().default(''),
    sources: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The version new cases are classified with; exactly one per agency and kind. */
    isCurrent: boolean().notNull().default(false),
    importedBy: uuid().references(() => people.id),
    importedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('conduct_catalogs_version_key').on(t.agencyId, t.kind, t.version),
    uniqueIndex('conduct_catalogs_current_key')
      .on(t.agencyId, t.kind)
      .where(sql`is_current`),
  ],
);

export const conductCatalogItems = pgTable(
  'conduct_catalog_items',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    catalogId: uuid()
      .notNull()
      .references(() => conductCatalogs.id),
    code: text().notNull(),
    groupCode: text().notNull(),
    groupTitle: text(),
    text: text().notNull(),
    /** Provenance per item: `sourced` (paraphrased from a public source), `official`, or the source's own word. */
    status: text().notNull(),
    source: text(),
    sortOrder: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.catalogId, t.code] })],
);

/** A conduct case (vụ việc): subject, classification, due process state and its deadlines. */
export const conductCases = pgTable(
  'conduct_cases',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    subjectKind: conductSubjectKind().notNull(),
    subjectPersonId: uuid().references(() => people.id),
    subjectUnitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The subject's unit path at recording, so scope filters need no join. */
    subjectUnitPath: text().notNull(),
    subjectName: text().notNull(),
    subjectCategory: conductSubjectCategory().notNull(),
    title: text().notNull(),
    searchText: text().notNull(),
    description: text().notNull(),
    source: conductCaseSource().notNull(),
    /** The record the case came from (public report, suggestion, inspection); never shown to the subject. */
    sourceId: uuid(),
    sourceReference: text(),
    /** Sealed: the reporter's identity, readable by the handling inspector only, every read audited. */
    reporter: jsonb(),
    confidentiality: conductConfidentiality().notNull().default('normal'),
    status: conductCaseStatus().notNull(),
    handlingInspectorId: uuid().references(() => people.id),
    openedById: uuid().references(() => people.id),
    detectedOn: date({ mode: 'string' }).notNull(),
    /** When the act happened, for the statute of limitations; null when unknown. */
    violationOn: date({ mode: 'string' }),
    handlingDueOn: date({ mode: 'string' }).notNull(),
    isHandlingExtended: boolean().notNull().default(false),
    explanationDueOn: date({ mode: 'string' }),
    explanation: text(),
    explainedAt: timestamp({ withTimezone: true }),
    isViolationConfirmed: boolean(),
    severity: conductSeverity(),
    conclusion: text(),
    measureKind: conductMeasureKind(),
    disciplineFormCode: text(),
    decisionOn: date({ mode: 'string' }),
    decisionNumber: text(),
    notifiedOn: date({ mode: 'string' }),
    appealDueOn: date({ mode: 'string' }),
    deferredFrom: conductCaseStatus(),
    deferralReason: text(),
    closedReason: text(),
    signals: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    signalKinds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('conduct_cases_list_idx').on(t.agencyId, t.createdAt, t.id),
    // The list filtered by status, newest first: a rare status is a short range, not a walk of the list.
    index('conduct_cases_status_idx').on(t.agencyId, t.status, t.createdAt, t.id),
    index('conduct_cases_scope_idx').using('btree', t.agencyId, sql`${t.subjectUnitPath} text_pattern_ops`, t.createdAt, t.id),
    index('conduct_cases_subject_idx').on(t.agencyId, t.subjectPersonId, t.createdAt, t.id),
    index('conduct_cases_inspector_idx').on(t.agencyId, t.handlingInspectorId, t.createdAt, t.id),
    index('conduct_cases_signal_kinds_idx').using('gin', t.signalKinds),
    // The list filtered by a signal, newest first: each kind marks a few percent of the cases, so a
    // partial index per kind is a short walk where the list index filtered thousands of rows.
    ...caseSignalKinds.map((kind) =>
      index(`conduct_cases_signal_${kind}_idx`)
        .on(t.agencyId, t.createdAt, t.id)
        .where(sql`${t.signalKinds} @> array[${sql.raw(`'${kind}'`)}]::text[]`),
    ),
    index('conduct_cases_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('conduct_cases_open_idx')
      .on(t.agencyId, t.id)
      .where(sql`status not in ('closed', 'dismissed')`),
    uniqueIndex('conduct_cases_source_key').on(t.agencyId, t.source, t.sourceId),
  ],
);

/** The catalog items a case is classified with, frozen with their version and wording. */
export const conductCaseItems = pgTable(
  'conduct_case_items',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    caseId: uuid()
      .notNull()
      .references(() => conductCases.id),
    catalogId: uuid()
      .notNull()
      .references(() => conductCatalogs.id),
    catalogVersion: text().notNull(),
    itemCode: text().notNull(),
    itemText: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.catalogId, t.itemCode] })],
);

/** Due process history: one row per command with actor, time and reason. */
export const conductCaseEvents = pgTable(
  'conduct_case_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    caseId: uuid()
      .notNull()
      .references(() => conductCases.id),
    ...historyColumns(),
    before: jsonb().notNull(),
    after: jsonb().notNull(),
  },
  (t) => [index('conduct_case_events_case_idx').on(t.caseId, t.id)],
);

/** Evidence files; `isSealed` files (e.g. from a reporter) are never shown to the subject. */
export const conductCaseFiles = pgTable(
  'conduct_case_files',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    caseId: uuid()
      .notNull()
      .references(() => conductCases.id),
    ...storedFileColumns(),
    isSealed: boolean().notNull().default(false),
    uploadedBy: uuid().references(() => people.id),
    uploadedByName: text().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('conduct_case_files_case_idx').on(t.caseId, t.uploadedAt)],
);

/** Which catalog item a work signal suggests; administrators edit it, defaults are seeded. */
export const conductSignalMappings = pgTable(
  'conduct_signal_mappings',
  {
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    signalKind: text().notNull(),
    catalogKind: conductCatalogKind().notNull(),
    itemCode: text().notNull(),
    isEnabled: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    updatedByName: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.signalKind] })],
);

/** A suggested case from work signals; a person decides. The dedupe key makes the same facts suggest once. */
export const conductSuggestions = pgTable(
  'conduct_suggestions',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    dedupeKey: text().notNull(),
    signalKind: text().notNull(),
    subjectPersonId: uuid()
      .notNull()
      .references(() => people.id),
    subjectUnitPath: text().notNull(),
    catalogKind: conductCatalogKind().notNull(),
    itemCode: text().notNull(),
    summary: text().notNull(),
    evidence: jsonb().notNull(),
    status: conductSuggestionStatus().notNull().default('open'),
    dismissalReason: text(),
    caseId: uuid().references(() => conductCases.id),
    decidedAt: timestamp({ withTimezone: true }),
    decidedByName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('conduct_suggestions_dedupe_key').on(t.agencyId, t.dedupeKey),
    index('conduct_suggestions_list_idx').on(t.agencyId, t.status, t.createdAt, t.id),
  ],
);
