import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, pageOf, pageQuery, text } from './common.js';
import { caseItemInput } from './conduct.js';

export const explanationItemKinds = ['task', 'acknowledgement', 'attendance'] as const;
export type ExplanationItemKind = (typeof explanationItemKinds)[number];
export const explanationStatuses = ['awaiting_answer', 'answered', 'accepted', 'not_accepted'] as const;
export type ExplanationStatus = (typeof explanationStatuses)[number];
export const explanationAbilities = ['answer', 'decide', 'openCase'] as const;

/** The red item asked about; an absence names the meeting and the person who missed it. */
export const explanationItemInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('task'), taskId: z.uuid().describe('Nhiệm vụ quá hạn (cả bước quy trình trễ hạn)') }),
  z.object({ kind: z.literal('acknowledgement'), assignmentId: z.uuid().describe('Lượt quán triệt quá hạn chưa xác nhận') }),
  z.object({ kind: z.literal('attendance'), meetingId: z.uuid().describe('Hội nghị'), personId: z.uuid().describe('Người vắng không lý do') }),
]);
export type ExplanationItemInput = z.infer<typeof explanationItemInput>;

export const requestExplanationBody = z.object({
  item: explanationItemInput,
  workingDays: z.number().int().min(1).max(30).describe('Thời hạn giải trình (ngày làm việc)'),
  questions: text(4000).describe('Nội dung yêu cầu giải trình'),
});
export const answerExplanationBody = z.object({ answer: text(10000).describe('Nội dung giải trình') });
export const decideExplanationBody = z.object({
  isAccepted: z.boolean().describe('Chấp nhận / không chấp nhận giải trình'),
  note: optionalText(2000).default('').describe('Nhận xét'),
});
export const explanationToCaseBody = z.object({
  items: z.array(caseItemInput).min(1).max(10).describe('Biểu hiện vi phạm của vụ việc'),
  title: optionalText(300).optional().describe('Tóm tắt vụ việc; mặc định theo nội dung yêu cầu'),
});

export const explanationListQuery = pageQuery.extend({
  view: z.enum(['mine', 'requested', 'escalated', 'item']).default('mine').describe('Của tôi, tôi yêu cầu, chuyển lên tôi, hoặc của một mục'),
  itemKind: z.enum(explanationItemKinds).optional(),
  itemId: z.uuid().optional(),
});

const personRef = z.object({ id: z.uuid(), fullName: z.string() });
export const explanationSchema = z.object({
  id: z.uuid(),
  item: z.object({ kind: z.enum(explanationItemKinds), id: z.uuid(), title: z.string() }),
  subject: personRef,
  requester: personRef,
  questions: z.string(),
  requestedAt: isoDateTime,
  dueOn: isoDate,
  status: z.enum(explanationStatuses),
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  isOverdue: z.boolean().describe('Quá hạn mà chưa giải trình'),
  escalatedAt: isoDateTime.nullable(),
  escalatedTo: z.array(personRef),
  caseId: z.uuid().nullable(),
  abilities: z.array(z.enum(explanationAbilities)),
});
export type Explanation = z.infer<typeof explanationSchema>;
export const explanationPage = pageOf(explanationSchema);
