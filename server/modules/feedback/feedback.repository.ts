import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FeedbackCategory, FeedbackStatus } from '../../../contracts/feedback.js';
import type { Db, Tx } from '../../db/client.js';
import {
  agencies,
  conductCatalogItems,
  conductCatalogs,
  people,
  publicReportAttachments,
  publicReportEvents,
  publicReportMessages,
  publicReports,
  unitManagers,
  units,
  users,
} from '../../db/schema/index.js';

export type ReportRow = typeof publicReports.$inferSelect;
/** How much of a report's content a queue row shows. */
export const QUEUE_EXCERPT = 160;
const handlerUnit = alias(units, 'handler_unit');
const handlerPerson = alias(people, 'handler_person');
const subject = alias(people, 'subject');

/** Report columns plus the names views show, in one query. Never the sealed identity in lists. */
const withNames = {
  report: publicReports,
  unitName: units.name,
  handlerUnitName: handlerUnit.name,
  handlerPersonName: handlerPerson.fullName,
  subjectName: subject.fullName,
};
export type ReportWithNames = {
  report: ReportRow;
  unitName: string;
  handlerUnitName: string | null;
  handlerPersonName: string | null;
  subjectName: string | null;
};

/**
 * What a queue row shows, no more: an excerpt of the content (one character past the presenter's
 * cut, so it knows to add '…'), never the sealed identity, nor 40 columns it does not show.
 */
const queueColumns = {
  report: {
    id: publicReports.id,
    reference: publicReports.reference,
    category: publicReports.category,
    level: publicReports.level,
    status: publicReports.status,
    unitId: publicReports.unitId,
    officialName: publicReports.officialName,
    content: sql<string>`left(${publicReports.content}, ${QUEUE_EXCERPT + 1})`,
    isAnonymous: publicReports.isAnonymous,
    receivedAt: publicReports.receivedAt,
    handlerUnitId: publicReports.handlerUnitId,
    acceptDueAt: publicReports.acceptDueAt,
    acceptedAt: publicReports.acceptedAt,
    resolveDueAt: publicReports.resolveDueAt,
    answeredAt: publicReports.answeredAt,
  },
  unitName: units.name,
  handlerUnitName: handlerUnit.name,
};
export type QueueRow = { report: Pick<ReportRow, keyof (typeof queueColumns)['report']>; unitName: string; handlerUnitName: string | null };

const selectWithNames = (db: Db | Tx) =>
  db
    .select(withNames)
    .from(publicReports)
    .innerJoin(units, eq(units.id, publicReports.unitId))
    .leftJoin(handlerUnit, eq(handlerUnit.id, publicReports.handlerUnitId))
    .leftJoin(handlerPerson, eq(handlerPerson.id, publicReports.handlerPersonId))
    .leftJoin(subject, eq(subject.id, publicReports.subjectPersonId));

export async function listAgencies(db: Db, limit: number) {
  return db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name)).limit(limit);
}

export async function findAgency(db: Db | Tx, id: string) {
  const [row] = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, id));
  return row;
}

/** The units a citizen can report about: active, and not the internal Party bodies (committee, cells). */
export async function listActiveUnits(db: Db, agencyId: string) {
  return db
    .select({ id: units.id, name: units.name, depth: units.depth, path: units.path })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.isActive, true), sql`${units.kind} not in ('party_committee', 'party_cell')`))
    .orderBy(asc(units.path));
}

export async function insertReport(tx: Tx, row: typeof publicReports.$inferInsert) {
  await tx.insert(publicReports).values(row);
}

export async function findReportByHash(db: Db | Tx, trackingHash: string): Promise<ReportWithNames | undefined> {
  const [row] = await selectWithNames(db).where(eq(publicReports.trackingHash, trackingHash));
  return row;
}

export async function findReport(db: Db | Tx, agencyId: string, id: string): Promise<ReportWithNames | undefined> {
  const [row] = await selectWithNames(db).where(and(eq(publicReports.agencyId, agencyId), eq(publicReports.id, id)));
  return row;
}

/** Locks the report row for the length of the command's transaction. */
export async function lockReport(tx: Tx, agencyId: string, id: string): Promise<ReportRow | undefined> {
  const [row] = await tx
    .select()
    .from(publicReports)
    .where(and(eq(publicReports.agencyId, agencyId), eq(publicReports.id, id)))
    .for('update');
  return row;
}

export async function lockReportByHash(tx: Tx, trackingHash: string): Promise<ReportRow | undefined> {
  const [row] = await tx.select().from(publicReports).where(eq(publicReports.trackingHash, trackingHash)).for('update');
  return row;
}

export async function updateReport(tx: Tx, id: string, values: Partial<typeof publicReports.$inferInsert>) {
  await tx.update(publicReports).set(values).where(eq(publicReports.id, id));
}

export interface QueueFilter {
  agencyId: string;
  visible: SQL | null;
  status?: FeedbackStatus;
  isOpen?: boolean;
  category?: FeedbackCategory;
  unitPath?: string;
  acceptOverdueAt?: Date;
  search?: string;
  after?: [string, string];
  limit: number;
}

/** Oldest first: the queue is worked through in the order reports arrived. */
export async function listQueue(db: Db, filter: QueueFilter): Promise<QueueRow[]> {
  const conditions: (SQL | undefined)[] = [eq(publicReports.agencyId, filter.agencyId), filter.visible ?? undefined];
  if (filter.status) conditions.push(eq(publicReports.status, filter.status));
  if (filter.isOpen === true) conditions.push(sql`${publicReports.status} in ('received', 'accepted', 'case_opened')`);
  if (filter.isOpen === false) conditions.push(sql`${publicReports.status} in ('answered', 'rejected')`);
  if (filter.category) conditions.push(eq(publicReports.category, filter.category));
  if (filter.unitPath) conditions.push(sql`${publicReports.unitPath} like ${filter.unitPath + '%'}`);
  if (filter.acceptOverdueAt)
    conditions.push(sql`${publicReports.status} = 'received' and ${publicReports.acceptDueAt} < ${filter.acceptOverdueAt.toISOString()}::timestamptz`);
  if (filter.search) conditions.push(sql`${publicReports.searchText} like ${filter.search}`);
  if (filter.after) conditions.push(sql`(${publicReports.receivedAt}, ${publicReports.id}) > (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
  return db
    .select(queueColumns)
    .from(publicReports)
    .innerJoin(units, eq(units.id, publicReports.unitId))
    .leftJoin(handlerUnit, eq(handlerUnit.id, publicReports.handlerUnitId))
    .where(and(...conditions))
    .orderBy(asc(publicReports.receivedAt), asc(publicReports.id))
    .limit(filter.limit + 1);
}

export async function insertEvent(tx: Tx, row: typeof publicReportEvents.$inferInsert) {
  await tx.insert(publicReportEvents).values(row);
}

export async function listEvents(db: Db | Tx, reportId: string) {
  return db.select().from(publicReportEvents).where(eq(publicReportEvents.reportId, reportId)).orderBy(asc(publicReportEvents.id)).limit(500);
}

export async function insertMessage(tx: Tx, row: typeof publicReportMessages.$inferInsert) {
  await tx.insert(publicReportMessages).values(row);
}

export async function listMessages(db: Db | Tx, reportId: string) {
  return db
    .select()
    .from(publicReportMessages)
    .where(eq(publicReportMessages.reportId, reportId))
    .orderBy(asc(publicReportMessages.createdAt), asc(publicReportMessages.id))
    .limit(500);
}

export async function countMessages(db: Db | Tx, reportId: string, author: 'reporter' | 'staff') {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(publicReportMessages)
    .where(and(eq(publicReportMessages.reportId, reportId), eq(publicReportMessages.author, author)));
  return row.n;
}

export async function insertAttachment(tx: Tx, row: typeof publicReportAttachments.$inferInsert) {
  await tx.insert(publicReportAttachments).values(row);
}

export async function listAttachments(db: Db | Tx, reportId: string) {
  return db
    .select()
    .from(publicReportAttachments)
    .where(eq(publicReportAttachments.reportId, reportId))
    .orderBy(asc(publicReportAttachments.uploadedAt), asc(publicReportAttachments.id))
    .limit(100);
}

export async function countAttachments(db: Db | Tx, reportId: string, author: 'reporter' | 'staff') {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(publicReportAttachments)
    .where(and(eq(publicReportAttachments.reportId, reportId), eq(publicReportAttachments.author, author)));
  return row.n;
}

export async function findAttachment(db: Db | Tx, reportId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(publicReportAttachments)
    .where(and(eq(publicReportAttachments.reportId, reportId), eq(publicReportAttachments.id, attachmentId)));
  return row;
}

/** People of the agency whose active account holds a role (the triage inspectors). */
export async function personIdsWithRole(db: Db | Tx, agencyId: string, role: string): Promise<string[]> {
  const rows = await db
    .select({ personId: users.personId })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.isActive, true), sql`${users.roles} @> array[${role}]::text[]`, sql`${users.personId} is not null`))
    .limit(200);
  return rows.map((row) => row.personId!);
}

/** The unit paths each person heads or deputises. */
export async function managedPathsOf(db: Db | Tx, agencyId: string, personIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map(personIds.map((id) => [id, [] as string[]]));
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ personId: unitManagers.personId, path: units.path })
    .from(unitManagers)
    .innerJoin(units, eq(units.id, unitManagers.unitId))
    .where(and(eq(unitManagers.agencyId, agencyId), inArray(unitManagers.personId, personIds)));
  for (const row of rows) result.get(row.personId)?.push(row.path);
  return result;
}

export async function managerIdsOfUnit(db: Db | Tx, agencyId: string, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: unitManagers.personId })
    .from(unitManagers)
    .where(and(eq(unitManagers.agencyId, agencyId), eq(unitManagers.unitId, unitId)));
  return rows.map((row) => row.personId);
}

/** The current catalog (directive or related) that holds a manifestation code, if any. */
export async function catalogKindOf(db: Db | Tx, agencyId: string, code: string) {
  const [row] = await db
    .select({ kind: conductCatalogs.kind })
    .from(conductCatalogItems)
    .innerJoin(conductCatalogs, eq(conductCatalogs.id, conductCatalogItems.catalogId))
    .where(and(eq(conductCatalogs.agencyId, agencyId), eq(conductCatalogs.isCurrent, true), eq(conductCatalogItems.code, code)))
    .limit(1);
  return row?.kind;
}

/** Whether the agency has any current manifestation catalog loaded yet (the conduct module loads it on first use). */
export async function hasCurrentCatalog(db: Db | Tx, agencyId: string) {
  const [row] = await db
    .select({ id: conductCatalogs.id })
    .from(conductCatalogs)
    .where(and(eq(conductCatalogs.agencyId, agencyId), eq(conductCatalogs.isCurrent, true)))
    .limit(1);
  return row !== undefined;
}
