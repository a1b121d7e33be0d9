import type { z } from 'zod';
import type { DocumentDetail, documentListQuery } from '../../../contracts/documents.js';
import type { Actor } from '../../platform/actor.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import type { DocumentsDeps } from './documents.deps.js';
import { canWriteDocument } from './documents.policy.js';
import { presentDocument, presentFile, presentRef } from './documents.presenter.js';
import * as repository from './documents.repository.js';
import { documentNotFound, planUnitPathOf } from './documents.service.js';

/** Everyone in the agency reads the register. */
export async function listDocuments(deps: DocumentsDeps, actor: Actor, query: z.infer<typeof documentListQuery>) {
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await repository.listDocumentRows(
    deps.db,
    { agencyId: actor.agencyId, kind: query.kind, year: query.year, q: query.q || undefined },
    after,
    query.limit,
  );
  const page = toPage(rows, query.limit, (row) => [row.document.issueDate, row.document.id]);
  return { items: page.items.map((row) => presentDocument(row.document, row.planUnitId !== null)), nextCursor: page.nextCursor };
}

export async function getDocument(deps: DocumentsDeps, actor: Actor, id: string): Promise<DocumentDetail> {
  const row = await repository.findDocumentRow(deps.db, actor.agencyId, id);
  if (!row) throw documentNotFound();
  const [versions, files, relations, planUnitPath] = await Promise.all([
    repository.listVersions(deps.db, id),
    repository.listFiles(deps.db, id),
    repository.listRelations(deps.db, id),
    planUnitPathOf(deps.db, actor.agencyId, row),
  ]);
  return {
    ...presentDocument(row, planUnitPath !== null),
    versions: versions.map((version) => ({
      number: version.versionNumber,
      note: version.note,
      createdBy: version.createdByName,
      createdAt: version.createdAt.toISOString(),
      files: files.filter((file) => file.versionId === version.id).map(presentFile),
    })),
    relations: relations.map(({ relation, other }) => ({
      id: relation.id,
      kind: relation.kind,
      direction: relation.documentId === id ? ('outgoing' as const) : ('incoming' as const),
      document: presentRef(other),
    })),
    canWrite: canWriteDocument(actor, planUnitPath),
  };
}
