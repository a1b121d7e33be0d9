import type { DocumentRef } from '../../../contracts/dissemination.js';
import type { Db, Tx } from '../../db/client.js';
import { validationError } from '../../platform/errors.js';
import { currentVersionOf, findDocument } from '../documents/index.js';

/** A document at the version people are asked to read, as stored with a campaign or meeting. */
export interface PinnedVersion {
  documentId: string;
  versionId: string;
  versionNumber: number;
}

/**
 * Pins each requested document of the register to its current version. A version named by the
 * form must still be the current one: a newer version appeared while the form was open.
 */
export async function pinCurrentVersions(
  db: Db | Tx,
  agencyId: string,
  requested: { documentId: string; versionId?: string }[],
  field: string,
): Promise<PinnedVersion[]> {
  const seen = new Set<string>();
  const pinned: PinnedVersion[] = [];
  for (const [index, request] of requested.entries()) {
    if (seen.has(request.documentId)) {
      throw validationError([{ field: `${field}.${index}.documentId`, message: { vi: 'Văn bản bị trùng', en: 'The document is listed twice' } }]);
    }
    seen.add(request.documentId);
    const current = await currentVersionOf(db, agencyId, request.documentId);
    if (!current)
      throw validationError([
        { field: `${field}.${index}.documentId`, message: { vi: 'Văn bản không có trong sổ văn bản', en: 'The document is not in the register' } },
      ]);
    if (request.versionId && request.versionId !== current.versionId) {
      throw validationError([
        {
          field: `${field}.${index}.versionId`,
          message: { vi: 'Đây không phải phiên bản hiện hành của văn bản', en: 'This is not the current version of the document' },
        },
      ]);
    }
    pinned.push({ documentId: current.documentId, versionId: current.versionId, versionNumber: current.versionNumber });
  }
  return pinned;
}

/** The current version of one document, or undefined when it left the register. */
export async function currentVersion(db: Db | Tx, agencyId: string, documentId: string): Promise<PinnedVersion | undefined> {
  const current = await currentVersionOf(db, agencyId, documentId);
  return current && { documentId, versionId: current.versionId, versionNumber: current.versionNumber };
}

/** Number, title and whether a newer version exists, for showing pinned documents (a few per campaign). */
export async function describeDocuments(db: Db | Tx, agencyId: string, pinned: PinnedVersion[]): Promise<DocumentRef[]> {
  const described: DocumentRef[] = [];
  for (const version of pinned) {
    const document = await findDocument(db, agencyId, version.documentId);
    described.push({
      documentId: version.documentId,
      versionId: version.versionId,
      versionNumber: version.versionNumber,
      number: document?.number ?? null,
      title: document?.title ?? '',
      hasNewerVersion: !!document && document.currentVersion > version.versionNumber,
    });
  }
  return described;
}
