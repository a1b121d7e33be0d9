import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { documentListQuery, DocumentView } from '../../../contracts/documents.js';
import type { Actor } from '../../platform/actor.js';
import { keysetPages, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import type { DocumentsDeps } from './documents.deps.js';
import { listDocuments } from './documents.queries.js';

const kindLabels = {
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  report: { vi: 'Báo cáo', en: 'Report' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  other: { vi: 'Văn bản khác', en: 'Other document' },
} as const;

const columns = (lang: 'vi' | 'en'): XlsxColumn<DocumentView>[] => [
  { title: { vi: 'Số, ký hiệu', en: 'Number' }, width: 18, value: (doc) => doc.number },
  { title: { vi: 'Loại văn bản', en: 'Kind' }, width: 14, value: (doc) => kindLabels[doc.kind][lang] },
  { title: { vi: 'Ngày ban hành', en: 'Issue date' }, kind: 'date', width: 14, value: (doc) => doc.issueDate },
  { title: { vi: 'Trích yếu', en: 'Title' }, width: 60, value: (doc) => doc.title },
  { title: { vi: 'Cơ quan ban hành', en: 'Issuing body' }, width: 28, value: (doc) => doc.issuingBody },
  { title: { vi: 'Người ký', en: 'Signer' }, width: 22, value: (doc) => doc.signer },
  { title: { vi: 'Có kế hoạch thực hiện', en: 'Has a plan' }, width: 12, value: (doc) => (doc.isPlan ? (lang === 'vi' ? 'Có' : 'Yes') : '') },
  { title: { vi: 'Lần sửa đổi', en: 'Version' }, kind: 'number', width: 10, value: (doc) => doc.currentVersion },
  { title: { vi: 'Cập nhật lúc', en: 'Updated at' }, kind: 'datetime', width: 17, value: (doc) => doc.updatedAt },
];

type Query = Omit<z.infer<typeof documentListQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

/** The document register with its filters, every page, as .xlsx. */
export async function exportDocuments(deps: DocumentsDeps, actor: Actor, { lang, ...filters }: Query, reply: FastifyReply) {
  return sendXlsx(reply, {
    fileName: { vi: 'so-van-ban', en: 'document-register' },
    sheetName: { vi: 'Sổ văn bản', en: 'Documents' },
    columns: columns(lang),
    pages: keysetPages((cursor, limit) => listDocuments(deps, actor, { ...filters, cursor, limit })),
    language: lang,
    now: deps.clock.now(),
  });
}
