import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { documentFiles, documentRelations, documents, documentVersions, plans } from '../../db/schema/index.js';
import { likePattern } from '../../platform/search-text.js';

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;
export type FileRow = typeof documentFiles.$inferSelect;
export type RelationRow = typeof documentRelations.$inferSelect;

export async function findDocumentRow(db: Db | Tx, agencyId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), eq(documents.id, id)));
  return row;
}

/** Locks the row: versions are numbered n+1 under it, so two uploads never get the same number. */
export async function lockDocument(tx: Tx, agencyId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), eq(documents.id, id)))
    .for('update');
  return row;
}

/** The document already registered under the same issuer, type, sequence and year, if any. */
export async function findSameNumber(
  db: Db | Tx,
  key: { agencyId: string; issuerCode: string; typeCode: string; sequenceNumber: number; issueYear: number },
  exceptId?: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.agencyId, key.agencyId),
        eq(documents.issuerCode, key.issuerCode),
        eq(documents.typeCode, key.typeCode),
        eq(documents.sequenceNumber, key.sequenceNumber),
        eq(documents.issueYear, key.issueYear),
        exceptId ? ne(documents.id, exceptId) : undefined,
      ),
    );
  return row;
}

export async function insertDocument(tx: Tx, row: typeof documents.$inferInsert) {
  await tx.insert(documents).values(row);
}

export async function updateDocument(tx: Tx, id: string, values: Partial<typeof documents.$inferInsert>) {
  await tx.update(documents).set(values).where(eq(documents.id, id));
}

export async function insertVersion(tx: Tx, row: VersionRow) {
  await tx.insert(documentVersions).values(row);
}

export async function insertFile(tx: Tx, row: FileRow) {
  await tx.insert(documentFiles).values(row);
}

export async function findVersion(db: Db | Tx, documentId: string, versionNumber: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.versionNumber, versionNumber)));
  return row;
}

export async function listVersions(db: Db | Tx, documentId: string) {
  return db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(desc(documentVersions.versionNumber));
}

export async function listFiles(db: Db | Tx, documentId: string) {
  return db.select().from(documentFiles).where(eq(documentFiles.documentId, documentId)).orderBy(asc(documentFiles.uploadedAt), asc(documentFiles.id));
}

export async function findFile(db: Db | Tx, agencyId: string, documentId: string, fileId: string): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.agencyId, agencyId), eq(documentFiles.documentId, documentId), eq(documentFiles.id, fileId)));
  return row;
}

/** Relations in both directions, with the other document of each. */
export async function listRelations(db: Db | Tx, documentId: string) {
  return db
    .select({ relation: documentRelations, other: documents })
    .from(documentRelations)
    .innerJoin(
      documents,
      sql`${documents.id} = case when ${documentRelations.documentId} = ${documentId} then ${documentRelations.targetDocumentId} else ${documentRelations.documentId} end`,
    )
    .where(or(eq(documentRelations.documentId, documentId), eq(documentRelations.targetDocumentId, documentId)))
    .orderBy(asc(documentRelations.createdAt), asc(documentRelations.id));
}

export async function findRelation(db: Db | Tx, agencyId: string, documentId: string, relationId: string): Promise<RelationRow | undefined> {
  const [row] = await db
    .select()
    .from(documentRelations)
    .where(and(eq(documentRelations.agencyId, agencyId), eq(documentRelations.documentId, documentId), eq(documentRelations.id, relationId)));
  return row;
}

export async function findRelationBetween(db: Db | Tx, documentId: string, kind: RelationRow['kind'], targetDocumentId: string) {
  const [row] = await db
    .select()
    .from(documentRelations)
    .where(and(eq(documentRelations.documentId, documentId), eq(documentRelations.kind, kind), eq(documentRelations.targetDocumentId, targetDocumentId)));
  return row;
}

export async function insertRelation(tx: Tx, row: RelationRow) {
  await tx.insert(documentRelations).values(row);
}

export async function deleteRelation(tx: Tx, id: string) {
  await tx.delete(documentRelations).where(eq(documentRelations.id, id));
}

export interface DocumentFilter {
  agencyId: string;
  kind?: DocumentRow['kind'];
  year?: number;
  q?: string;
}

/** Newest first, keyset on (issue date, id); each filter is served by one of the documents indexes. */
export async function listDocumentRows(db: Db, filter: DocumentFilter, after: [string, string] | null, limit: number) {
  const where: (SQL | undefined)[] = [eq(documents.agencyId, filter.agencyId)];
  if (filter.kind) where.push(eq(documents.kind, filter.kind));
  if (filter.year) where.push(eq(documents.issueYear, filter.year));
  if (filter.q) where.push(sql`${documents.searchText} like ${likePattern(filter.q)}`);
  if (after) where.push(sql`(${documents.issueDate}, ${documents.id}) < (${after[0]}::date, ${after[1]}::uuid)`);
  return db
    .select({ document: documents, planUnitId: plans.unitId })
    .from(documents)
    .leftJoin(plans, eq(plans.documentId, documents.id))
    .where(and(...where))
    .orderBy(desc(documents.issueDate), desc(documents.id))
    .limit(limit + 1);
}

export async function planDocumentIds(db: Db | Tx, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.select({ id: plans.documentId }).from(plans).where(inArray(plans.documentId, ids));
  return new Set(rows.map((row) => row.id));
}
