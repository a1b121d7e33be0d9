import { validationError } from '../../platform/errors.js';
import type { TaskSourceVerifier } from '../work/index.js';
import { findDocumentRow } from './documents.repository.js';

/**
 * For the work module (handed over in app.ts): a task may name any document of the agency's register
 * as its source, since everyone in the agency reads the register; one of another agency is unknown.
 */
export const documentTaskSource: TaskSourceVerifier = async (db, actor, documentId) => {
  const document = await findDocumentRow(db, actor.agencyId, documentId);
  if (!document) throw validationError([{ field: 'body.source.id', message: { vi: 'Văn bản không tồn tại', en: 'Document unknown' } }]);
  return document.id;
};
