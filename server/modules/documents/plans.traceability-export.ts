import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { Traceability } from '../../../contracts/plans.js';
import type { Actor } from '../../platform/actor.js';
import { type Language, sendXlsx, singlePage, type XlsxColumn } from '../../platform/xlsx-stream.js';
import type { DocumentsDeps } from './documents.deps.js';
import { traceability } from './plans.queries.js';
import { taskOutcomeLabels, taskStatusLabels } from '../../../contracts/work-vocabulary.js';

type Line = Traceability['lines'][number];

const noTarget = { vi: 'Chưa có chỉ tiêu', en: 'No targets yet' };
const noTask = { vi: 'Chưa giao nhiệm vụ', en: 'No task assigned' };

const columns = (lang: Language): XlsxColumn<Line>[] => [
  { title: { vi: 'Kế hoạch', en: 'Plan' }, width: 36, value: (l) => `${l.plan.number} — ${l.plan.title}` },
  { title: { vi: 'Kế hoạch của', en: 'Plan of' }, width: 24, value: (l) => l.plan.unit.name },
  { title: { vi: 'Chỉ tiêu', en: 'Target' }, width: 44, value: (l) => l.target?.metric ?? noTarget[lang] },
  { title: { vi: 'Đơn vị tính', en: 'Unit of measure' }, width: 12, value: (l) => l.target?.unitOfMeasure },
  { title: { vi: 'Giá trị chỉ tiêu', en: 'Target value' }, kind: 'number', width: 12, value: (l) => l.target?.targetValue },
  { title: { vi: 'Đạt được', en: 'Reached' }, kind: 'number', width: 12, value: (l) => l.target?.reachedValue },
  { title: { vi: 'Thời hạn', en: 'Deadline' }, kind: 'date', width: 13, value: (l) => l.target?.deadline },
  {
    title: { vi: 'Chịu trách nhiệm chỉ tiêu', en: 'Accountable for the target' },
    width: 26,
    value: (l) => (l.target ? `${l.target.accountablePerson.fullName} (${l.target.unit.name})` : ''),
  },
  { title: { vi: 'Nhiệm vụ', en: 'Task' }, width: 44, value: (l) => l.task?.title ?? (l.target ? noTask[lang] : '') },
  { title: { vi: 'Người chủ trì', en: 'Task owner' }, width: 24, value: (l) => (l.task ? `${l.task.owner.fullName} (${l.task.unit.name})` : '') },
  { title: { vi: 'Hạn', en: 'Due' }, kind: 'date', width: 13, value: (l) => l.task?.dueDate },
  { title: { vi: 'Trạng thái', en: 'Status' }, width: 17, value: (l) => (l.task ? taskStatusLabels[l.task.status][lang] : '') },
  { title: { vi: 'Kết quả', en: 'Outcome' }, width: 22, value: (l) => (l.task?.outcome ? taskOutcomeLabels[l.task.outcome][lang] : '') },
];

/** The traceability table of a document as its page shows it (same visibility, same lines), as .xlsx. */
export async function exportTraceability(deps: DocumentsDeps, actor: Actor, documentId: string, { lang }: z.infer<typeof exportQuery>, reply: FastifyReply) {
  const trace = await traceability(deps, actor, documentId);
  const number = trace.document.number.replace(/[^\p{L}\p{N}]+/gu, '-');
  return sendXlsx(reply, {
    fileName: { vi: `truy-vet-${number}`, en: `traceability-${number}` },
    sheetName: { vi: 'Truy vết', en: 'Traceability' },
    columns: columns(lang),
    pages: singlePage(trace.lines),
    total: trace.lines.length,
    language: lang,
    now: deps.clock.now(),
  });
}
