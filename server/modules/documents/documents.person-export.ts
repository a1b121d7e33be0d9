import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { documents } from '../../db/schema/index.js';

/** The documents one person entered in the register (documents.created_by), for a personal-data export. */
export function personDocumentsExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({
      number: documents.number,
      kind: documents.kind,
      title: documents.title,
      issuingBody: documents.issuingBody,
      issueDate: documents.issueDate,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), eq(documents.createdBy, personId)))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .limit(5000);
}
