import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { feedbackQueueQuery } from '../../../contracts/feedback.js';
import { feedbackCategoryInfo } from '../../../contracts/feedback-vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import { keysetPages, type Language, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { auditContext, type FeedbackDeps } from './feedback.deps.js';
import { hasReportQueue } from './feedback.policy.js';
import { listQueue } from './feedback.queries.js';

type QueueItem = Awaited<ReturnType<typeof listQueue>>['items'][number];

const status = {
  received: { vi: 'Chờ tiếp nhận', en: 'Waiting to be accepted' },
  accepted: { vi: 'Đang xử lý', en: 'Being handled' },
  case_opened: { vi: 'Đã mở vụ việc xem xét', en: 'Case opened' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  rejected: { vi: 'Không tiếp nhận', en: 'Not accepted' },
};
const level = { normal: { vi: 'Thông thường', en: 'Normal' }, urgent: { vi: 'Khẩn', en: 'Urgent' }, complex: { vi: 'Phức tạp', en: 'Complex' } };
const yes = { vi: 'Có', en: 'Yes' };

// Like the queue, the file never carries the reporter's identity: only whether the report is anonymous.
const columns = (lang: Language): XlsxColumn<QueueItem>[] => [
  { title: { vi: 'Số hiệu', en: 'Reference' }, width: 16, value: (r) => r.reference },
  { title: { vi: 'Loại phản ánh', en: 'Kind of report' }, width: 30, value: (r) => feedbackCategoryInfo[r.category].label[lang] },
  { title: { vi: 'Mức độ', en: 'Level' }, width: 12, value: (r) => (r.level ? level[r.level][lang] : '') },
  { title: { vi: 'Trạng thái', en: 'Status' }, width: 20, value: (r) => status[r.status][lang] },
  { title: { vi: 'Đơn vị bị phản ánh', en: 'Unit reported' }, width: 26, value: (r) => r.unit.name },
  { title: { vi: 'Cán bộ bị phản ánh', en: 'Official reported' }, width: 24, value: (r) => r.officialName },
  { title: { vi: 'Nội dung (trích)', en: 'Content (excerpt)' }, width: 60, value: (r) => r.excerpt },
  { title: { vi: 'Ẩn danh', en: 'Anonymous' }, width: 9, value: (r) => (r.isAnonymous ? yes[lang] : '') },
  { title: { vi: 'Nhận lúc', en: 'Received at' }, kind: 'datetime', width: 17, value: (r) => r.receivedAt },
  { title: { vi: 'Hạn tiếp nhận', en: 'Accept by' }, kind: 'datetime', width: 17, value: (r) => r.clock.acceptDueAt },
  { title: { vi: 'Quá hạn tiếp nhận', en: 'Accepted late' }, width: 10, value: (r) => (r.clock.isAcceptOverdue ? yes[lang] : '') },
  { title: { vi: 'Hạn xử lý', en: 'Resolve by' }, kind: 'datetime', width: 17, value: (r) => r.clock.resolveDueAt },
  { title: { vi: 'Đơn vị xử lý', en: 'Handling unit' }, width: 26, value: (r) => r.handlerUnit?.name },
];

type Query = Omit<z.infer<typeof feedbackQueueQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

/**
 * The queue as the actor lists it, every page: the same query with the same scope in SQL and their
 * filters, so a handler takes away exactly the reports routed to them or their units. Refused to
 * those who have no queue at all; each export is audited without its rows.
 */
export async function exportQueue(deps: FeedbackDeps, actor: Actor, { lang, ...filters }: Query, reply: FastifyReply) {
  if (!hasReportQueue(actor)) throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction((tx) => recordAction(tx, auditContext(actor, now), 'public_reports.exported', { type: 'agency', id: actor.agencyId }, { filters }));
  return sendXlsx(reply, {
    fileName: { vi: 'phan-anh-nguoi-dan', en: 'public-reports' },
    sheetName: { vi: 'Phản ánh', en: 'Public reports' },
    columns: columns(lang),
    pages: keysetPages((cursor, limit) => listQueue(deps, actor, { ...filters, cursor, limit })),
    language: lang,
    now,
  });
}
