import { formatDocumentNumber, parseDocumentNumber, type DocumentInput, type DocumentRelationKind } from '../../../contracts/documents.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { conflict, forbidden, notFound, validationError } from '../../platform/errors.js';
import type { FileStore } from '../../platform/files.js';
import { foldForSearch } from '../../platform/search-text.js';
import { auditContext, type DocumentsDeps } from './documents.deps.js';
import { canWriteDocument, requireRegisterWriter } from './documents.policy.js';
import * as repository from './documents.repository.js';
import { findPlanRow } from './plans.repository.js';

export const documentNotFound = () => notFound({ vi: 'Không tìm thấy văn bản', en: 'Document not found' });

/** The unit path of the plan a document is, or null when it is not a plan. */
export async function planUnitPathOf(db: Db | Tx, agencyId: string, document: Pick<repository.DocumentRow, 'id' | 'kind'>) {
  if (document.kind !== 'plan') return null;
  return (await findPlanRow(db, agencyId, document.id))?.unitPath ?? null;
}

/** The document, if it exists and the actor may change it: 404 first, so other agencies learn nothing. */
async function writableDocument(db: Db, actor: Actor, id: string) {
  const document = await repository.findDocumentRow(db, actor.agencyId, id);
  if (!document) throw documentNotFound();
  if (!canWriteDocument(actor, await planUnitPathOf(db, actor.agencyId, document))) {
    throw forbidden({
      vi: 'Chỉ văn phòng, lãnh đạo, quản trị cơ quan (và trưởng đơn vị với kế hoạch của đơn vị) được cập nhật văn bản',
      en: 'Only the office, leaders, administrators (and unit heads for their unit’s plans) change documents',
    });
  }
  return document;
}

/** The columns a document's number and text give, checked for a clash with another registered document. */
async function numberColumns(db: Db | Tx, agencyId: string, input: DocumentInput, exceptId?: string) {
  const parsed = parseDocumentNumber(input.number);
  // The contract already refused malformed numbers; this keeps the service safe when called directly.
  if (!parsed.ok) throw validationError([{ field: 'body.number', message: { vi: 'Số, ký hiệu không đúng mẫu', en: 'Malformed number and symbol' } }]);
  const number = formatDocumentNumber(parsed.value);
  const issueYear = Number(input.issueDate.slice(0, 4));
  const key = { agencyId, issuerCode: parsed.value.issuerCode, typeCode: parsed.value.typeCode, sequenceNumber: Number(parsed.value.sequence), issueYear };
  const clash = await repository.findSameNumber(db, key, exceptId);
  if (clash) {
    throw conflict(
      'document_number_taken',
      { vi: `Số ${clash.number} năm ${issueYear} đã có trong sổ văn bản`, en: `Number ${clash.number} of ${issueYear} is already registered` },
      [{ field: 'body.number', message: { vi: 'Số, ký hiệu đã được đăng ký trong năm', en: 'Already registered this year' } }],
    );
  }
  return {
    kind: input.kind,
    number,
    numberStyle: parsed.value.style,
    sequence: parsed.value.sequence,
    sequenceNumber: key.sequenceNumber,
    numberYear: parsed.value.year,
    typeCode: parsed.value.typeCode,
    issuerCode: parsed.value.issuerCode,
    title: input.title,
    summary: input.summary,
    issuingBody: input.issuingBody,
    issueDate: input.issueDate,
    issueYear,
    signer: input.signer,
    searchText: foldForSearch(`${number} ${input.title}`),
  };
}

/**
 * Registers a document with its first version. `inTransaction` lets a caller (a plan) add its own
 * rows to the same transaction.
 */
export async function createDocument(
  deps: DocumentsDeps,
  actor: Actor,
  input: DocumentInput,
  inTransaction?: (tx: Tx, id: string) => Promise<void>,
): Promise<string> {
  requireRegisterWriter(actor);
  return registerDocument(deps, actor, input, inTransaction);
}

/** Registration without the register's own permission check: the caller (a plan) has checked its own. */
export async function registerDocument(
  deps: DocumentsDeps,
  actor: Actor,
  input: DocumentInput,
  inTransaction?: (tx: Tx, id: string) => Promise<void>,
): Promise<string> {
  const columns = await numberColumns(deps.db, actor.agencyId, input);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.insertDocument(tx, {
      id,
      agencyId: actor.agencyId,
      ...columns,
      currentVersion: 1,
      createdBy: actor.personId,
      createdAt: now,
      updatedAt: now,
    });
    await repository.insertVersion(tx, {
      id: crypto.randomUUID(),
      agencyId: actor.agencyId,
      documentId: id,
      versionNumber: 1,
      note: '',
      createdBy: actor.personId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    if (inTransaction) await inTransaction(tx, id);
    await recordAction(tx, auditContext(deps, actor, now), 'document.created', { type: 'document', id }, { after: { ...columns, searchText: undefined } });
  });
  return id;
}

export async function updateDocument(deps: DocumentsDeps, actor: Actor, id: string, input: DocumentInput): Promise<void> {
  const existing = await writableDocument(deps.db, actor, id);
  if (existing.kind === 'plan' && input.kind !== 'plan' && (await repository.planDocumentIds(deps.db, [id])).size > 0) {
    throw validationError([
      { field: 'body.kind', message: { vi: 'Kế hoạch đã có chỉ tiêu, không đổi loại văn bản', en: 'A plan with targets keeps its kind' } },
    ]);
  }
  const columns = await numberColumns(deps.db, actor.agencyId, input, id);
  const now = deps.clock.now();
  const changed = Object.fromEntries(
    Object.entries(columns).filter(([key, value]) => key !== 'searchText' && existing[key as keyof typeof existing] !== value),
  );
  const before = Object.fromEntries(Object.keys(changed).map((key) => [key, existing[key as keyof typeof existing]]));
  await deps.db.transaction(async (tx) => {
    await repository.updateDocument(tx, id, { ...columns, updatedAt: now });
    await recordAction(tx, auditContext(deps, actor, now), 'document.updated', { type: 'document', id }, { before, after: changed });
  });
}

const ACCEPTED_EXTENSIONS = ['pdf', 'docx'];

/** Only the text of a document belongs here: PDF or DOCX, checked by content in the file store. */
async function storeDocumentFile(files: FileStore, file: { buffer: Buffer; fileName: string }) {
  const extension = file.fileName.split('.').pop()?.toLowerCase() ?? '';
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    throw validationError([{ field: 'file', message: { vi: 'Văn bản chỉ nhận tệp PDF hoặc DOCX', en: 'Documents accept PDF or DOCX files only' } }]);
  }
  return files.store(file.buffer, file.fileName, 'file');
}

type Upload = { buffer: Buffer; fileName: string };

function fileRow(
  actor: Actor,
  documentId: string,
  versionId: string,
  stored: { sha256: string; size: number; contentType: string },
  fileName: string,
  now: Date,
) {
  return {
    id: crypto.randomUUID(),
    agencyId: actor.agencyId,
    documentId,
    versionId,
    sha256: stored.sha256,
    fileName: fileName.slice(0, 255),
    contentType: stored.contentType,
    size: stored.size,
    uploadedBy: actor.personId,
    uploadedByName: actor.displayName,
    uploadedAt: now,
  };
}

/** Uploading a new text makes version n+1 the current one; earlier versions and their files stay readable. */
export async function addVersion(deps: DocumentsDeps & { files: FileStore }, actor: Actor, id: string, input: { note: string; file: Upload }): Promise<number> {
  await writableDocument(deps.db, actor, id);
  const stored = await storeDocumentFile(deps.files, input.file);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const document = await repository.lockDocument(tx, actor.agencyId, id);
    if (!document) throw documentNotFound();
    const versionNumber = document.currentVersion + 1;
    const versionId = crypto.randomUUID();
    await repository.insertVersion(tx, {
      id: versionId,
      agencyId: actor.agencyId,
      documentId: id,
      versionNumber,
      note: input.note,
      createdBy: actor.personId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    const file = fileRow(actor, id, versionId, stored, input.file.fileName, now);
    await repository.insertFile(tx, file);
    await repository.updateDocument(tx, id, { currentVersion: versionNumber, updatedAt: now });
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'document.version_added',
      { type: 'document', id },
      {
        before: { currentVersion: document.currentVersion },
        after: { currentVersion: versionNumber, note: input.note, fileName: file.fileName, sha256: file.sha256 },
      },
    );
    return versionNumber;
  });
}

/** Adds a file (e.g. the DOCX beside the signed PDF) to the current version. */
export async function addFile(deps: DocumentsDeps & { files: FileStore }, actor: Actor, id: string, upload: Upload) {
  await writableDocument(deps.db, actor, id);
  const stored = await storeDocumentFile(deps.files, upload);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const document = await repository.lockDocument(tx, actor.agencyId, id);
    if (!document) throw documentNotFound();
    const version = await repository.findVersion(tx, id, document.currentVersion);
    if (!version) throw documentNotFound();
    const file = fileRow(actor, id, version.id, stored, upload.fileName, now);
    await repository.insertFile(tx, file);
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'document.file_added',
      { type: 'document', id },
      { version: version.versionNumber, fileName: file.fileName, sha256: file.sha256, size: file.size },
    );
    return file;
  });
}

export async function readFile(deps: DocumentsDeps & { files: FileStore }, actor: Actor, id: string, fileId: string) {
  const row = await repository.findFile(deps.db, actor.agencyId, id, fileId);
  if (!row) throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
  return { content: await deps.files.read(row.sha256), fileName: row.fileName, contentType: row.contentType };
}

export async function addRelation(
  deps: DocumentsDeps,
  actor: Actor,
  id: string,
  input: { kind: DocumentRelationKind; targetDocumentId: string },
): Promise<string> {
  await writableDocument(deps.db, actor, id);
  const target = await repository.findDocumentRow(deps.db, actor.agencyId, input.targetDocumentId);
  if (!target)
    throw validationError([
      { field: 'body.targetDocumentId', message: { vi: 'Văn bản liên quan không có trong sổ', en: 'The related document is not in the register' } },
    ]);
  if (target.id === id)
    throw validationError([
      { field: 'body.targetDocumentId', message: { vi: 'Văn bản không liên quan với chính nó', en: 'A document cannot relate to itself' } },
    ]);
  if (await repository.findRelationBetween(deps.db, id, input.kind, target.id)) {
    throw conflict('relation_exists', { vi: 'Quan hệ này đã có', en: 'This relation already exists' }, [
      { field: 'body.targetDocumentId', message: { vi: 'Đã liên kết', en: 'Already linked' } },
    ]);
  }
  const now = deps.clock.now();
  const relationId = crypto.randomUUID();
  await deps.db.transaction(async (tx) => {
    await repository.insertRelation(tx, {
      id: relationId,
      agencyId: actor.agencyId,
      documentId: id,
      kind: input.kind,
      targetDocumentId: target.id,
      createdAt: now,
    });
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'document.relation_added',
      { type: 'document', id },
      { kind: input.kind, target: { id: target.id, number: target.number } },
    );
  });
  return relationId;
}

export async function removeRelation(deps: DocumentsDeps, actor: Actor, id: string, relationId: string): Promise<void> {
  await writableDocument(deps.db, actor, id);
  const relation = await repository.findRelation(deps.db, actor.agencyId, id, relationId);
  if (!relation) throw notFound({ vi: 'Không tìm thấy quan hệ', en: 'Relation not found' });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repository.deleteRelation(tx, relationId);
    await recordAction(
      tx,
      auditContext(deps, actor, now),
      'document.relation_removed',
      { type: 'document', id },
      { kind: relation.kind, targetDocumentId: relation.targetDocumentId },
    );
  });
}

/** For other modules: a document of the agency, or undefined. */
export async function findDocument(db: Db | Tx, agencyId: string, id: string) {
  const row = await repository.findDocumentRow(db, agencyId, id);
  return (
    row && {
      id: row.id,
      kind: row.kind,
      number: row.number,
      title: row.title,
      issueDate: row.issueDate,
      issuingBody: row.issuingBody,
      currentVersion: row.currentVersion,
    }
  );
}

/** For other modules (dissemination asks for acknowledgement of this version): the current version of a document. */
export async function currentVersionOf(db: Db | Tx, agencyId: string, documentId: string) {
  const row = await repository.findDocumentRow(db, agencyId, documentId);
  if (!row) return undefined;
  const version = await repository.findVersion(db, documentId, row.currentVersion);
  return version && { documentId, versionId: version.id, versionNumber: version.versionNumber, createdAt: version.createdAt };
}
