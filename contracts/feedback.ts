import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, pageOf, pageQuery, text } from './common.js';

export * from './feedback-vocabulary.js';
import {
  feedbackCategories,
  feedbackCommandNames,
  feedbackEventKinds,
  feedbackLevels,
  feedbackStatuses,
  isTrackingCode,
  normalizeTrackingCode,
} from './feedback-vocabulary.js';

// ── Public requests ──

const trackingCode = z
  .string()
  .max(64)
  .refine((value) => isTrackingCode(normalizeTrackingCode(value)), { message: 'Mã theo dõi không đúng định dạng / the tracking code is malformed' })
  .describe('Mã theo dõi, ví dụ ABCD-EFGH-…');

export const publicAgencySchema = z.object({ id: z.uuid(), name: z.string() });
export const publicAgencyList = z.object({ items: z.array(publicAgencySchema) });
export const publicUnitSchema = z.object({ id: z.uuid(), name: z.string(), depth: z.number().int() });
export const publicUnitList = z.object({ items: z.array(publicUnitSchema) });
export const publicAgencyParams = z.object({ agencyId: z.uuid() });

const reporterIdentity = z
  .object({
    name: text(200).describe('Họ và tên người phản ánh'),
    phone: optionalText(30)
      .regex(/^[0-9+().\s-]*$/, { message: 'Số điện thoại chỉ gồm chữ số / digits only' })
      .default(''),
    email: z.union([z.literal(''), z.email().max(200)]).default(''),
  })
  .refine((identity) => identity.phone !== '' || identity.email !== '', {
    path: ['phone'],
    message: 'Cần số điện thoại hoặc thư điện tử để liên hệ / give a phone number or an e-mail',
  });

export const submitReportBody = z
  .object({
    agencyId: z.uuid().describe('Cơ quan tiếp nhận'),
    category: z.enum(feedbackCategories).describe('Loại phản ánh'),
    unitId: z.uuid().describe('Đơn vị bị phản ánh'),
    officialName: optionalText(200).default('').describe('Họ tên cán bộ bị phản ánh (nếu biết)'),
    content: text(5000).describe('Nội dung sự việc'),
    occurredOn: isoDate.describe('Ngày xảy ra'),
    isAnonymous: z.boolean().describe('Gửi ẩn danh'),
    reporter: reporterIdentity.optional().describe('Bắt buộc khi không gửi ẩn danh; được mã hóa, chỉ người có thẩm quyền xem'),
    /** Hidden from people; bots fill it. */
    website: z.string().max(500).default(''),
  })
  .refine((body) => body.isAnonymous || body.reporter !== undefined, {
    path: ['reporter'],
    message: 'Cần họ tên và cách liên hệ, hoặc chọn gửi ẩn danh / give your name and contact, or report anonymously',
  });
export type SubmitReportBody = z.infer<typeof submitReportBody>;

export const submitReportResponse = z.object({
  trackingCode: z.string().describe('Chỉ hiển thị một lần: hệ thống chỉ lưu bản băm'),
  reference: z.string(),
  receivedAt: isoDateTime,
  acceptDueAt: isoDateTime,
});

export const trackBody = z.object({ code: trackingCode });
export const trackMessageBody = z.object({ code: trackingCode, body: text(3000).describe('Nội dung bổ sung, trao đổi') });
export const rateBody = z.object({
  code: trackingCode,
  score: z.number().int().min(1).max(5).describe('1 Rất không hài lòng … 5 Rất hài lòng'),
  comment: optionalText(2000).default(''),
});
export const trackAttachmentParams = z.object({ attachmentId: z.uuid() });

// ── Shared shapes ──

const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  author: z.enum(['reporter', 'staff']),
  uploadedAt: isoDateTime,
});
export type FeedbackAttachment = z.infer<typeof attachmentSchema>;

const messageSchema = z.object({
  id: z.uuid(),
  author: z.enum(['reporter', 'staff']),
  authorName: z.string().nullable().describe('Tên cán bộ; không bao giờ là tên người phản ánh'),
  body: z.string(),
  createdAt: isoDateTime,
});

/** What the reporter sees with the tracking code. */
export const trackedReportSchema = z.object({
  reference: z.string(),
  agencyName: z.string(),
  unitName: z.string(),
  category: z.enum(feedbackCategories),
  status: z.enum(feedbackStatuses),
  content: z.string(),
  occurredOn: isoDate,
  receivedAt: isoDateTime,
  acceptDueAt: isoDateTime,
  acceptedAt: isoDateTime.nullable(),
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  rejectionReason: z.string().nullable(),
  rating: z.object({ score: z.number().int(), comment: z.string(), ratedAt: isoDateTime }).nullable(),
  canRate: z.boolean(),
  messages: z.array(messageSchema),
  attachments: z.array(attachmentSchema),
});
export type TrackedReport = z.infer<typeof trackedReportSchema>;

// ── Staff ──

export const feedbackQueueQuery = pageQuery.extend({
  status: z.enum(feedbackStatuses).optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('Chỉ phản ánh đang xử lý'),
  category: z.enum(feedbackCategories).optional(),
  unitId: z.uuid().optional().describe('Đơn vị bị phản ánh (kể cả đơn vị trực thuộc)'),
  acceptOverdue: z.enum(['true']).optional().describe('Chỉ phản ánh quá hạn tiếp nhận'),
  q: z.string().trim().max(200).optional().describe('Tìm theo số hiệu, nội dung (không dấu)'),
});

const clockSchema = z.object({
  acceptDueAt: isoDateTime,
  isAcceptOverdue: z.boolean().describe('Chưa tiếp nhận khi đã quá 8 giờ làm việc, hoặc tiếp nhận muộn'),
  resolveDueAt: isoDateTime.nullable().describe('Hạn xử lý phản ánh khẩn (4 giờ làm việc)'),
  isResolveOverdue: z.boolean(),
});

export const feedbackSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  category: z.enum(feedbackCategories),
  level: z.enum(feedbackLevels),
  status: z.enum(feedbackStatuses),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  officialName: z.string(),
  excerpt: z.string(),
  isAnonymous: z.boolean(),
  receivedAt: isoDateTime,
  handlerUnit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  clock: clockSchema,
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;
export const feedbackQueuePage = pageOf(feedbackSummarySchema);

export const feedbackEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(feedbackEventKinds),
  actorName: z.string(),
  reason: z.string().nullable(),
  occurredAt: isoDateTime,
});

export const feedbackReportSchema = feedbackSummarySchema.extend({
  content: z.string(),
  occurredOn: isoDate,
  subject: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  manifestationCode: z.string().nullable(),
  handlerPerson: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  acceptedAt: isoDateTime.nullable(),
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  rejectionReason: z.string().nullable(),
  caseId: z.uuid().nullable(),
  rating: z.object({ score: z.number().int(), comment: z.string(), ratedAt: isoDateTime }).nullable(),
  messages: z.array(messageSchema),
  attachments: z.array(attachmentSchema),
  events: z.array(feedbackEventSchema),
  abilities: z.array(z.enum(feedbackCommandNames)),
  answerNeedsEvidence: z.boolean(),
});
export type FeedbackReport = z.infer<typeof feedbackReportSchema>;

export const rejectReportBody = z.object({ reason: text(2000).describe('Lý do không tiếp nhận; người phản ánh sẽ thấy') });
export const classifyReportBody = z.object({
  category: z.enum(feedbackCategories),
  level: z.enum(feedbackLevels),
  subjectPersonId: z.uuid().nullable().default(null).describe('Cán bộ bị phản ánh, khi đã xác định'),
  manifestationCode: z.string().trim().max(50).nullable().default(null).describe('Biểu hiện vi phạm trong danh mục (nếu có)'),
});
export const routeReportBody = z.object({
  unitId: z.uuid().describe('Đơn vị xử lý'),
  handlerPersonId: z.uuid().nullable().default(null).describe('Người xử lý (thuộc đơn vị xử lý)'),
  note: optionalText(2000).default(''),
});
export const answerReportBody = z.object({ answer: text(5000).describe('Nội dung trả lời cụ thể') });
export const openCaseFromReportBody = z.object({
  manifestationCode: z.string().trim().min(1).max(40).optional().describe('Mã biểu hiện vi phạm; mặc định mã đã phân loại'),
  note: optionalText(2000).default('').describe('Ghi chú khi mở vụ việc'),
});
export const staffMessageBody = z.object({ body: text(3000) });
export const readIdentityBody = z.object({ purpose: text(500).describe('Mục đích xem danh tính (ghi vào nhật ký)') });
export const reporterIdentitySchema = z.object({
  isAnonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;
export const feedbackAttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
