import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, pageOf, pageQuery, text } from './common.js';

import { privacyRequestKinds, privacyRequestStates } from './privacy-vocabulary.js';

export { privacyRequestKinds, privacyRequestStates, type PrivacyRequestKind, type PrivacyRequestState } from './privacy-vocabulary.js';

export const createPrivacyRequestBody = z.object({
  personId: z.uuid().describe('Người có yêu cầu (chủ thể dữ liệu), thuộc cơ quan'),
  kind: z.enum(privacyRequestKinds).describe('Truy cập, chỉnh sửa, xóa, phản đối xử lý'),
  receivedOn: isoDate.describe('Ngày nhận yêu cầu'),
  note: optionalText(2000).default(''),
});
export type CreatePrivacyRequestBody = z.infer<typeof createPrivacyRequestBody>;

export const answerPrivacyRequestBody = z.object({ answer: text(4000).describe('Nội dung trả lời') });
export const refusePrivacyRequestBody = z.object({ reason: text(4000).describe('Lý do từ chối') });

export const privacyRequestSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  kind: z.enum(privacyRequestKinds),
  receivedOn: isoDate,
  answerDueOn: isoDate.describe('Hạn trả lời theo quy định, tính từ ngày nhận'),
  dueRule: z.string().describe('Quy định dùng để tính hạn'),
  note: z.string(),
  state: z.enum(privacyRequestStates),
  answer: z.string().nullable(),
  refusalReason: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  handlerName: z.string().nullable(),
  isOverdue: z.boolean().describe('Chưa trả lời và đã quá hạn'),
  abilities: z.array(z.enum(['answer', 'refuse'])),
});
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;

export const privacyRequestListQuery = pageQuery.extend({ state: z.enum(privacyRequestStates).optional() });
export const privacyRequestPage = pageOf(privacyRequestSchema);

export const personIdParams = z.object({ personId: z.uuid() });

/** One section of an export: its rows and which of its fields are sensitive, with why. */
export const exportSectionSchema = z.object({
  key: z.string(),
  rows: z.array(z.record(z.string(), z.unknown())),
  sensitiveFields: z.record(z.string(), z.string()).describe('Trường nhạy cảm → lý do'),
  truncated: z.boolean(),
});
export const personalDataExportSchema = z.object({
  generatedAt: isoDateTime,
  personId: z.uuid(),
  personName: z.string(),
  legalBasis: z.string(),
  sections: z.array(exportSectionSchema),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
