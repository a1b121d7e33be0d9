import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { caseListQuery } from '../../../contracts/conduct.js';
import { caseStatusLabels } from '../../../contracts/conduct-vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { keysetPages, type Language, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { auditContext, type ConductDeps } from './conduct.deps.js';
import { listCases } from './conduct.queries.js';

type CaseItem = Awaited<ReturnType<typeof listCases>>['items'][number];

const source = {
  inspection: { vi: 'Kiểm tra, giám sát', en: 'Inspection' },
  supervisor: { vi: 'Cấp trên phát hiện', en: 'Found by a superior' },
  self_criticism: { vi: 'Tự kiểm điểm', en: 'Self-criticism' },
  public_report: { vi: 'Phản ánh của người dân', en: 'Public report' },
  signal: { vi: 'Tín hiệu công việc', en: 'Work signal' },
};
const confidentiality = { normal: { vi: 'Thường', en: 'Normal' }, confidential: { vi: 'Mật', en: 'Confidential' } };

const columns = (lang: Language): XlsxColumn<CaseItem>[] => [
  { title: { vi: 'Tóm tắt vụ việc', en: 'Case' }, width: 50, value: (c) => c.title },
  { title: { vi: 'Đối tượng', en: 'Subject' }, width: 28, value: (c) => c.subject.name },
  { title: { vi: 'Trạng thái', en: 'Status' }, width: 20, value: (c) => caseStatusLabels[c.status][lang] },
  // The list leaves the source out for those who may not see it, and so does the file.
  { title: { vi: 'Nguồn phát hiện', en: 'Source' }, width: 22, value: (c) => (c.source ? source[c.source][lang] : '') },
  { title: { vi: 'Mức độ mật', en: 'Confidentiality' }, width: 12, value: (c) => confidentiality[c.confidentiality][lang] },
  { title: { vi: 'Người thụ lý', en: 'Handled by' }, width: 24, value: (c) => c.handlingInspector?.fullName },
  { title: { vi: 'Hạn xử lý', en: 'Handling due' }, kind: 'date', width: 13, value: (c) => c.handlingDueOn },
  { title: { vi: 'Hạn giải trình', en: 'Explanation due' }, kind: 'date', width: 13, value: (c) => c.explanationDueOn },
  { title: { vi: 'Ghi nhận lúc', en: 'Recorded at' }, kind: 'datetime', width: 17, value: (c) => c.createdAt },
];

type Query = Omit<z.infer<typeof caseListQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

/** The cases list within the actor's scope, every page; audited like every list of personal data leaving the system. */
export async function exportCases(deps: ConductDeps, actor: Actor, { lang, ...filters }: Query, reply: FastifyReply) {
  const now = deps.clock.now();
  await deps.db.transaction((tx) => recordAction(tx, auditContext(actor, now), 'conduct_cases.exported', { type: 'agency', id: actor.agencyId }, { filters }));
  return sendXlsx(reply, {
    fileName: { vi: 'vu-viec', en: 'conduct-cases' },
    sheetName: { vi: 'Vụ việc', en: 'Cases' },
    columns: columns(lang),
    pages: keysetPages((cursor, limit) => listCases(deps, actor, { ...filters, cursor, limit })),
    language: lang,
    now,
  });
}
