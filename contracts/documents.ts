import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, pageOf, pageQuery, text } from './common.js';
import { documentKinds, kindAgreesWithNumber, kindOfTypeCode, numberProblemText, parseDocumentNumber, typeCodeOfKind } from './document-number.js';
import { documentRelationKinds } from './document-vocabulary.js';

export * from './document-number.js';

export * from './document-vocabulary.js';

const kindSchema = z.enum(documentKinds).describe('Loại văn bản');

/** Số, ký hiệu: checked by the shared parser, so the form and the server say the same thing. */
export const documentNumberInput = z
  .string()
  .max(60)
  .superRefine((value, context) => {
    const parsed = parseDocumentNumber(value);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: `${numberProblemText[parsed.problem].vi} / ${numberProblemText[parsed.problem].en}` });
  })
  .describe('Số, ký hiệu, ví dụ 24-CT/TU hoặc 15/QĐ-UBND');

const documentFields = {
  kind: kindSchema,
  number: documentNumberInput,
  title: text(1000).describe('Trích yếu'),
  summary: optionalText(5000).default('').describe('Tóm tắt nội dung'),
  issuingBody: text(300).describe('Cơ quan ban hành'),
  issueDate: isoDate.describe('Ngày ban hành'),
  signer: optionalText(200).default('').describe('Người ký'),
};

/** The kind must be the one the symbol's type abbreviation names (CT → chỉ thị, KH → kế hoạch …). */
function kindMatchesNumber(body: { kind: (typeof documentKinds)[number]; number: string }) {
  const parsed = parseDocumentNumber(body.number);
  return !parsed.ok || kindAgreesWithNumber(body.kind, parsed.value);
}
const kindMismatch = {
  path: ['kind'],
  message:
    'Loại văn bản không khớp với ký hiệu (CT chỉ thị, NQ nghị quyết, KL kết luận, KH kế hoạch, BC báo cáo, HD hướng dẫn, QĐ quyết định) / the kind does not match the symbol',
};

export const documentInput = z.object(documentFields).refine(kindMatchesNumber, kindMismatch);
export type DocumentInput = z.infer<typeof documentInput>;

export const documentListQuery = pageQuery.extend({
  kind: kindSchema.optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional().describe('Năm ban hành'),
  q: z.string().trim().max(200).optional().describe('Tìm theo số, ký hiệu, trích yếu (không dấu cũng được)'),
});

export const documentRef = z.object({ id: z.uuid(), kind: kindSchema, number: z.string(), title: z.string(), issueDate: isoDate });

export const documentSchema = z.object({
  id: z.uuid(),
  kind: kindSchema,
  number: z.string(),
  numberParts: z.object({
    style: z.enum(['party', 'state']),
    sequence: z.string(),
    year: z.number().int().nullable(),
    typeCode: z.string(),
    issuerCode: z.string(),
  }),
  title: z.string(),
  summary: z.string(),
  issuingBody: z.string(),
  issueDate: isoDate,
  signer: z.string(),
  currentVersion: z.number().int().min(1),
  isPlan: z.boolean().describe('Có phần kế hoạch thực hiện (chỉ tiêu)'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type DocumentView = z.infer<typeof documentSchema>;
export const documentPage = pageOf(documentSchema);

export const documentFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string(),
  uploadedAt: isoDateTime,
});
export const documentVersionSchema = z.object({
  number: z.number().int().min(1),
  note: z.string(),
  createdBy: z.string(),
  createdAt: isoDateTime,
  files: z.array(documentFileSchema),
});
export const documentRelationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(documentRelationKinds),
  /** outgoing: this document implements/replaces/amends the other; incoming: the other one does so to this. */
  direction: z.enum(['outgoing', 'incoming']),
  document: documentRef,
});
export const documentDetailSchema = documentSchema.extend({
  versions: z.array(documentVersionSchema),
  relations: z.array(documentRelationSchema),
  canWrite: z.boolean(),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

export const relationInput = z.object({ kind: z.enum(documentRelationKinds), targetDocumentId: z.uuid().describe('Văn bản liên quan') });
export const relationParams = z.object({ id: z.uuid(), relationId: z.uuid() });
export const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export { kindOfTypeCode, typeCodeOfKind };
