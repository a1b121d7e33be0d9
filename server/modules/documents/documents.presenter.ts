import type { DocumentView } from '../../../contracts/documents.js';
import type { DocumentRow, FileRow } from './documents.repository.js';

export function presentDocument(row: DocumentRow, isPlan: boolean): DocumentView {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    numberParts: { style: row.numberStyle, sequence: row.sequence, year: row.numberYear, typeCode: row.typeCode, issuerCode: row.issuerCode },
    title: row.title,
    summary: row.summary,
    issuingBody: row.issuingBody,
    issueDate: row.issueDate,
    signer: row.signer,
    currentVersion: row.currentVersion,
    isPlan,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentRef = (row: DocumentRow) => ({ id: row.id, kind: row.kind, number: row.number, title: row.title, issueDate: row.issueDate });

export const presentFile = (row: FileRow) => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  uploadedBy: row.uploadedByName,
  uploadedAt: row.uploadedAt.toISOString(),
});
