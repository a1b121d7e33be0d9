import { feedbackCategoryInfo, type FeedbackReport, type FeedbackSummary } from '../../../contracts/feedback.js';
import type { publicReportAttachments, publicReportEvents, publicReportMessages } from '../../db/schema/index.js';
import { QUEUE_EXCERPT, type QueueRow, type ReportWithNames } from './feedback.repository.js';
import { clockOf } from './feedback.rules.js';
import type { FeedbackCommandName } from '../../../contracts/feedback.js';

type MessageRow = typeof publicReportMessages.$inferSelect;
type AttachmentRow = typeof publicReportAttachments.$inferSelect;
type EventRow = typeof publicReportEvents.$inferSelect;

export const presentMessage = (row: MessageRow) => ({
  id: row.id,
  author: row.author,
  authorName: row.author === 'staff' ? row.authorName : null,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
});

export const presentAttachment = (row: AttachmentRow) => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  author: row.author,
  uploadedAt: row.uploadedAt.toISOString(),
});

/** A queue row. Identity never appears here: only `isAnonymous`. */
export function presentSummary(row: QueueRow, now: Date): FeedbackSummary {
  const { report } = row;
  const clock = clockOf(report, now);
  return {
    id: report.id,
    reference: report.reference,
    category: report.category,
    level: report.level,
    status: report.status,
    unit: { id: report.unitId, name: row.unitName },
    officialName: report.officialName,
    excerpt: report.content.length > QUEUE_EXCERPT ? `${report.content.slice(0, QUEUE_EXCERPT)}…` : report.content,
    isAnonymous: report.isAnonymous,
    receivedAt: report.receivedAt.toISOString(),
    handlerUnit: report.handlerUnitId ? { id: report.handlerUnitId, name: row.handlerUnitName ?? '' } : null,
    clock: {
      acceptDueAt: clock.acceptDueAt.toISOString(),
      isAcceptOverdue: clock.isAcceptOverdue,
      resolveDueAt: clock.resolveDueAt?.toISOString() ?? null,
      isResolveOverdue: clock.isResolveOverdue,
    },
  };
}

export function presentReport(
  row: ReportWithNames,
  now: Date,
  detail: { messages: MessageRow[]; attachments: AttachmentRow[]; events: EventRow[]; abilities: FeedbackCommandName[] },
): FeedbackReport {
  const { report } = row;
  return {
    ...presentSummary(row, now),
    content: report.content,
    occurredOn: report.occurredOn,
    subject: report.subjectPersonId ? { id: report.subjectPersonId, fullName: row.subjectName ?? '' } : null,
    manifestationCode: report.manifestationCode,
    handlerPerson: report.handlerPersonId ? { id: report.handlerPersonId, fullName: row.handlerPersonName ?? '' } : null,
    acceptedAt: report.acceptedAt?.toISOString() ?? null,
    answer: report.answer,
    answeredAt: report.answeredAt?.toISOString() ?? null,
    rejectionReason: report.rejectionReason,
    caseId: report.caseId,
    rating: report.ratingScore !== null ? { score: report.ratingScore, comment: report.ratingComment ?? '', ratedAt: report.ratedAt!.toISOString() } : null,
    messages: detail.messages.map(presentMessage),
    attachments: detail.attachments.map(presentAttachment),
    events: detail.events.map((event) => ({
      id: event.id,
      kind: event.kind as FeedbackReport['events'][number]['kind'],
      actorName: event.actorName,
      reason: event.reason,
      occurredAt: event.occurredAt.toISOString(),
    })),
    abilities: detail.abilities,
    answerNeedsEvidence: feedbackCategoryInfo[report.category].answerNeedsEvidence,
  };
}
