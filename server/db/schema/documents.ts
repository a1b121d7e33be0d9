import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { storedFileColumns } from './columns.js';
import { agencies, people, units } from './org.js';

export const documentKind = pgEnum('document_kind', ['directive', 'resolution', 'conclusion', 'plan', 'report', 'guidance', 'decision', 'other']);
export const documentNumberStyle = pgEnum('document_number_style', ['party', 'state']);
export const documentRelationKind = pgEnum('document_relation_kind', ['implements', 'replaces', 'amends']);

/** The register (sổ văn bản): one row per document, its number parsed into the parts that identify it. */
export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    kind: documentKind().notNull(),
    /** Canonical number and symbol as formatted by contracts/document-number.ts, e.g. `24-CT/TU`. */
    number: text().notNull(),
    numberStyle: documentNumberStyle().notNull(),
    sequence: text().notNull(),
    /** The sequence as a number, so `05-NQ/ĐU` and `5-NQ/ĐU` are the same document. */
    sequenceNumber: integer().notNull(),
    numberYear: integer(),
    typeCode: text().notNull(),
    issuerCode: text().notNull(),
    /** Trích yếu. */
    title: text().notNull(),
    summary: text().notNull().default(''),
    issuingBody: text().notNull(),
    issueDate: date({ mode: 'string' }).notNull(),
    issueYear: integer().notNull(),
    signer: text().notNull().default(''),
    /** Folded number + title for diacritic-insensitive search. */
    searchText: text().notNull(),
    /** The latest version; dissemination asks people to acknowledge this one. */
    currentVersion: integer().notNull().default(1),
    createdBy: uuid().references(() => people.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    // An issuer numbers each type of document anew every year.
    uniqueIndex('documents_number_key').on(t.agencyId, t.issuerCode, t.typeCode, t.sequenceNumber, t.issueYear),
    index('documents_list_idx').on(t.agencyId, t.issueDate, t.id),
    index('documents_kind_idx').on(t.agencyId, t.kind, t.issueDate, t.id),
    index('documents_year_idx').on(t.agencyId, t.issueYear, t.issueDate, t.id),
    index('documents_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Versions of a document: version n+1 replaces the text of n; files belong to a version. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    versionNumber: integer().notNull(),
    note: text().notNull().default(''),
    createdBy: uuid().references(() => people.id),
    createdByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('document_versions_number_key').on(t.documentId, t.versionNumber)],
);

/** Files of one version (PDF, DOCX), content in the content-addressed file store. */
export const documentFiles = pgTable(
  'document_files',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    versionId: uuid()
      .notNull()
      .references(() => documentVersions.id),
    ...storedFileColumns(),
    uploadedBy: uuid().references(() => people.id),
    uploadedByName: text().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('document_files_version_idx').on(t.versionId, t.uploadedAt), index('document_files_document_idx').on(t.documentId)],
);

/** A document implements, replaces or amends another document of the register. */
export const documentRelations = pgTable(
  'document_relations',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    documentId: uuid()
      .notNull()
      .references(() => documents.id),
    kind: documentRelationKind().notNull(),
    targetDocumentId: uuid()
      .notNull()
      .references(() => documents.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('document_relations_key').on(t.documentId, t.kind, t.targetDocumentId),
    index('document_relations_target_idx').on(t.targetDocumentId, t.kind),
  ],
);

/** What makes a plan document an implementation plan: whose plan it is and what it aims at. */
export const plans = pgTable(
  'plans',
  {
    documentId: uuid()
      .primaryKey()
      .references(() => documents.id),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    /** The agency's root unit for the agency's own plan, or the unit whose plan it is. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    objectives: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('plans_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`)],
);

/** Chỉ tiêu: a measurable target of a plan with exactly one accountable person. */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    planId: uuid()
      .notNull()
      .references(() => plans.documentId),
    metric: text().notNull(),
    unitOfMeasure: text().notNull(),
    targetValue: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull(),
    reachedValue: numeric({ precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    deadline: date({ mode: 'string' }).notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    unitPath: text().notNull(),
    accountablePersonId: uuid()
      .notNull()
      .references(() => people.id),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('plan_targets_plan_idx').on(t.planId, t.sortOrder, t.id),
    index('plan_targets_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`),
  ],
);
