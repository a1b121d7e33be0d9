import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { suggestionListQuery } from '../../../contracts/conduct.js';
import type { SuggestionSignalKind } from '../../../contracts/conduct-vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden } from '../../platform/errors.js';
import { keysetPages, type Bilingual, type Language, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { auditContext, type ConductDeps } from './conduct.deps.js';
import { isCaseWorker } from './conduct.policy.js';
import { listSuggestions } from './conduct.suggestions.js';

type SuggestionItem = Awaited<ReturnType<typeof listSuggestions>>['items'][number];

const signal: Record<SuggestionSignalKind, Bilingual> = {
  long_overdue_task: { vi: 'Nhiệm vụ quá hạn lâu', en: 'Long-overdue task' },
  repeated_transfers: { vi: 'Chuyển việc nhiều lần', en: 'Repeated transfers' },
  repeated_extensions: { vi: 'Gia hạn nhiều lần', en: 'Repeated extensions' },
  undecided_difficulty: { vi: 'Khó khăn chưa được cho ý kiến', en: 'Difficulty left undecided' },
  unacknowledged_campaign: { vi: 'Chưa xác nhận quán triệt', en: 'Dissemination not acknowledged' },
  meeting_absence: { vi: 'Vắng họp', en: 'Meeting absence' },
  transfer_ring: { vi: 'Chuyển vòng một nhiệm vụ', en: 'Task passed around a ring' },
};
const status = {
  open: { vi: 'Chờ xem xét', en: 'Open' },
  dismissed: { vi: 'Đã bỏ qua', en: 'Dismissed' },
  opened: { vi: 'Đã mở vụ việc', en: 'Case opened' },
};

const columns = (lang: Language): XlsxColumn<SuggestionItem>[] => [
  { title: { vi: 'Tín hiệu', en: 'Signal' }, width: 26, value: (s) => signal[s.signalKind][lang] },
  { title: { vi: 'Nội dung', en: 'Summary' }, width: 50, value: (s) => s.summary },
  { title: { vi: 'Đối tượng', en: 'Subject' }, width: 28, value: (s) => s.subject.fullName },
  { title: { vi: 'Mã biểu hiện', en: 'Item code' }, width: 14, value: (s) => s.itemCode },
  { title: { vi: 'Biểu hiện', en: 'Manifestation' }, width: 50, value: (s) => s.itemText },
  { title: { vi: 'Số nhiệm vụ liên quan', en: 'Related tasks' }, kind: 'number', width: 12, value: (s) => s.evidence.taskIds.length },
  { title: { vi: 'Ngày sớm nhất', en: 'Earliest date' }, kind: 'date', width: 13, value: (s) => [...s.evidence.dates].sort()[0] },
  { title: { vi: 'Trạng thái', en: 'Status' }, width: 16, value: (s) => status[s.status][lang] },
  { title: { vi: 'Lý do bỏ qua', en: 'Dismissal reason' }, width: 30, value: (s) => s.dismissalReason },
  { title: { vi: 'Gợi ý lúc', en: 'Suggested at' }, kind: 'datetime', width: 17, value: (s) => s.createdAt },
];

type Query = Omit<z.infer<typeof suggestionListQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

/** The suggestions of the chosen status, every page; they name people and their lapses, so the export is audited. */
export async function exportSuggestions(deps: ConductDeps, actor: Actor, { lang, ...filters }: Query, reply: FastifyReply) {
  if (!isCaseWorker(actor)) throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction((tx) => recordAction(tx, auditContext(actor, now), 'suggestions.exported', { type: 'agency', id: actor.agencyId }, { filters }));
  return sendXlsx(reply, {
    fileName: { vi: 'goi-y-vu-viec', en: 'case-suggestions' },
    sheetName: { vi: 'Gợi ý vụ việc', en: 'Suggestions' },
    columns: columns(lang),
    pages: keysetPages((cursor, limit) => listSuggestions(deps, actor, { ...filters, cursor, limit })),
    language: lang,
    now,
  });
}
