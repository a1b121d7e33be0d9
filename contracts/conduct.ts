import { z } from 'zod';
import { isoDate, isoDateTime, localizedText, optionalText, pageOf, pageQuery, text } from './common.js';
import {
  caseCommandNames,
  caseSignalKinds,
  caseSources,
  caseStatuses,
  catalogKinds,
  confidentialityLevels,
  deferralReasons,
  measureKinds,
  severities,
  subjectCategories,
  suggestionSignalKinds,
} from './conduct-vocabulary.js';

export * from './conduct-vocabulary.js';

const reason = text(2000).describe('Lý do');

// ── Requests ──

/** One catalog item a case is classified with; the current version of that catalog is used. */
export const caseItemInput = z.object({
  catalog: z.enum(catalogKinds).default('directive').describe('Danh mục: biểu hiện theo Chỉ thị 24 hoặc danh mục liên quan'),
  code: text(40).describe('Mã biểu hiện, ví dụ N1.03 hoặc R.DUN_DAY'),
});

/** The reporter of a public report or signal: sealed, seen by the handling inspector only. */
export const reporterInput = z.object({
  name: optionalText(200).default(''),
  contact: optionalText(200).default(''),
  isAnonymous: z.boolean().default(false),
});

export const openCaseBody = z
  .object({
    subject: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('person'), personId: z.uuid().describe('Cá nhân bị xem xét') }),
      z.object({ kind: z.literal('unit'), unitId: z.uuid().describe('Tập thể, đơn vị bị xem xét') }),
    ]),
    subjectCategory: z.enum(subjectCategories).optional().describe('Diện xử lý: công chức, cán bộ, viên chức, đảng viên, tổ chức đảng; mặc định theo hồ sơ'),
    title: text(300).describe('Tóm tắt vụ việc'),
    description: text(10000).describe('Nội dung vi phạm'),
    items: z.array(caseItemInput).min(1).max(10).describe('Biểu hiện vi phạm (một hoặc nhiều)'),
    source: z.enum(caseSources).describe('Nguồn phát hiện'),
    sourceId: z.uuid().optional().describe('Mã bản ghi nguồn (phản ánh, gợi ý, đợt kiểm tra)'),
    sourceReference: optionalText(100).optional().describe('Số hiệu nguồn, ví dụ mã tra cứu phản ánh'),
    reporter: reporterInput.optional(),
    confidentiality: z.enum(confidentialityLevels).default('normal').describe('Mức độ mật'),
    handlingInspectorId: z.uuid().optional().describe('Kiểm tra viên thụ lý; mặc định người mở vụ việc'),
    detectedOn: isoDate.describe('Ngày phát hiện (tính thời hạn xử lý 90 ngày)'),
    violationOn: isoDate.optional().describe('Ngày xảy ra hành vi (tính thời hiệu)'),
  })
  .refine(
    (body) =>
      !body.violationOn || !isoDate.safeParse(body.violationOn).success || !isoDate.safeParse(body.detectedOn).success || body.violationOn <= body.detectedOn,
    {
      path: ['violationOn'],
      message: 'Ngày vi phạm không được sau ngày phát hiện / the act cannot happen after its detection',
    },
  );
export type OpenCaseBody = z.input<typeof openCaseBody>;
export type OpenCaseInput = z.output<typeof openCaseBody>;

export const verifyCaseBody = z.object({ note: text(4000).describe('Nội dung xác minh') });
export const requestExplanationBody = z.object({
  workingDays: z.number().int().min(1).max(30).describe('Thời hạn giải trình (ngày làm việc)'),
  questions: text(4000).describe('Nội dung yêu cầu giải trình'),
});
export const submitExplanationBody = z.object({ explanation: text(10000).describe('Nội dung giải trình') });
export const concludeCaseBody = z.discriminatedUnion('isViolationConfirmed', [
  z.object({ isViolationConfirmed: z.literal(true), severity: z.enum(severities).describe('Mức độ vi phạm'), conclusion: text(10000).describe('Kết luận') }),
  z.object({ isViolationConfirmed: z.literal(false), conclusion: text(10000).describe('Kết luận') }),
]);
export const decideMeasureBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reminder'), decisionOn: isoDate, note: optionalText(2000).default('') }),
  z.object({ kind: z.literal('criticism'), decisionOn: isoDate, note: optionalText(2000).default('') }),
  z.object({
    kind: z.literal('discipline'),
    formCode: text(60).describe('Hình thức kỷ luật, theo danh mục còn hiệu lực vào ngày quyết định'),
    decisionOn: isoDate.describe('Ngày quyết định'),
    decisionNumber: text(60).describe('Số quyết định'),
    note: optionalText(2000).default(''),
  }),
]);
export const notifyCaseBody = z.object({ notifiedOn: isoDate.describe('Ngày thông báo cho đương sự'), note: optionalText(2000).default('') });
export const closeCaseBody = z.object({ note: optionalText(2000).default('') });
export const deferCaseBody = z.object({ legalReason: z.enum(deferralReasons).describe('Trường hợp chưa xem xét kỷ luật (Nghị định 172/2025)'), reason });
export const resumeCaseBody = z.object({ reason });
export const dismissCaseBody = z.object({ reason });
export const extendHandlingBody = z.object({ reason: reason.describe('Lý do gia hạn (vụ việc phức tạp)') });
export const assignInspectorBody = z.object({ inspectorId: z.uuid().describe('Kiểm tra viên thụ lý'), reason });

export const caseListQuery = pageQuery.extend({
  status: z.enum(caseStatuses).optional(),
  source: z.enum(caseSources).optional(),
  signal: z.enum(caseSignalKinds).optional(),
  mine: z.enum(['handling', 'subject']).optional().describe('handling: vụ việc tôi thụ lý; subject: vụ việc của tôi'),
  q: optionalText(200).optional().describe('Tìm theo tóm tắt, không dấu cũng được'),
});

export const catalogImportQuery = z.object({
  kind: z.enum(catalogKinds).default('directive'),
  version: text(40).describe('Tên phiên bản mới, ví dụ "chinh-thuc-2023"'),
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

export const signalMappingBody = z.object({
  mappings: z
    .array(z.object({ signalKind: z.enum(suggestionSignalKinds), catalog: z.enum(catalogKinds), code: text(40), isEnabled: z.boolean().default(true) }))
    .min(1)
    .max(20),
});
export const dismissSuggestionBody = z.object({ reason });
export const openFromSuggestionBody = z.object({
  title: text(300).optional(),
  description: optionalText(10000).optional(),
  confidentiality: z.enum(confidentialityLevels).default('normal'),
});
export const suggestionListQuery = pageQuery.extend({ status: z.enum(['open', 'dismissed', 'opened']).default('open') });

// ── Responses ──

const personRef = z.object({ id: z.uuid(), fullName: z.string() });

export const catalogItemSchema = z.object({
  code: z.string(),
  groupCode: z.string(),
  groupTitle: z.string().nullable(),
  text: z.string(),
  status: z.string(),
  source: z.string().nullable(),
});
export const catalogSchema = z.object({
  id: z.uuid(),
  kind: z.enum(catalogKinds),
  version: z.string(),
  title: z.string(),
  status: z.string().describe('draft: chưa phải bản chính thức; official: đã nạp bản chính thức'),
  note: z.string(),
  sources: z.array(z.string()),
  isCurrent: z.boolean(),
  importedByName: z.string(),
  createdAt: isoDateTime,
  items: z.array(catalogItemSchema),
});
export const catalogList = z.object({ items: z.array(catalogSchema.omit({ items: true }).extend({ itemCount: z.number().int() })) });
export const currentCatalogs = z.object({ directive: catalogSchema, related: catalogSchema });

export const importRowError = z.object({ row: z.number().int(), field: z.string(), message: localizedText });
export const catalogImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.array(catalogItemSchema.extend({ row: z.number().int() })),
  errors: z.array(importRowError),
  catalogId: z.uuid().nullable(),
});

export const caseSignalSchema = z.object({ kind: z.enum(caseSignalKinds), since: isoDate.nullable(), detail: z.string().nullable() });
export const caseItemSchema = z.object({ catalogKind: z.enum(catalogKinds), catalogVersion: z.string(), code: z.string(), text: z.string() });

export const caseSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  status: z.enum(caseStatuses),
  subject: z.object({ kind: z.enum(['person', 'unit']), id: z.uuid(), name: z.string(), unitId: z.uuid(), category: z.enum(subjectCategories) }),
  items: z.array(caseItemSchema),
  /** Null for the subject and for those who may not see where the case came from. */
  source: z.enum(caseSources).nullable(),
  sourceReference: z.string().nullable(),
  reporter: z
    .object({ name: z.string(), contact: z.string(), isAnonymous: z.boolean() })
    .nullable()
    .describe('Chỉ kiểm tra viên thụ lý thấy; mỗi lần xem được ghi nhật ký'),
  confidentiality: z.enum(confidentialityLevels),
  handlingInspector: personRef.nullable(),
  detectedOn: z.string(),
  violationOn: z.string().nullable(),
  handlingDueOn: z.string(),
  isHandlingExtended: z.boolean(),
  statute: z.object({
    reprimandLevelUntil: z.string().nullable(),
    heavierUntil: z.string().nullable(),
    status: z.enum(['within', 'reprimand_level_expired', 'expired', 'unknown']),
  }),
  explanationDueOn: z.string().nullable(),
  explanation: z.string().nullable(),
  explainedAt: isoDateTime.nullable(),
  isViolationConfirmed: z.boolean().nullable(),
  severity: z.enum(severities).nullable(),
  conclusion: z.string().nullable(),
  measure: z
    .object({
      kind: z.enum(measureKinds),
      formCode: z.string().nullable(),
      formName: z.string().nullable(),
      decisionOn: z.string().nullable(),
      decisionNumber: z.string().nullable(),
    })
    .nullable(),
  notifiedOn: z.string().nullable(),
  appealDueOn: z.string().nullable(),
  deferral: z.object({ legalReason: z.string(), from: z.enum(caseStatuses) }).nullable(),
  closedReason: z.string().nullable(),
  signals: z.array(caseSignalSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  abilities: z.array(z.enum(caseCommandNames)).describe('Các thao tác người xem được thực hiện lúc này'),
});
export type ConductCase = z.infer<typeof caseSchema>;
export const caseListItem = caseSchema.pick({
  id: true,
  title: true,
  status: true,
  subject: true,
  confidentiality: true,
  source: true,
  handlingDueOn: true,
  explanationDueOn: true,
  signals: true,
  createdAt: true,
  handlingInspector: true,
});
export const casePage = pageOf(caseListItem);

export const caseEventSchema = z.object({
  id: z.number().int(),
  occurredAt: isoDateTime,
  actorName: z.string(),
  kind: z.string(),
  reason: z.string().nullable(),
  after: z.record(z.string(), z.unknown()),
});
export const caseEventList = z.object({ items: z.array(caseEventSchema) });
export const caseFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  isSealed: z.boolean(),
  uploadedByName: z.string(),
  uploadedAt: isoDateTime,
});
export const caseFileList = z.object({ items: z.array(caseFileSchema) });
export const caseFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export const disciplineFormSchema = z.object({ code: z.string(), name: z.string(), source: z.string(), note: z.string().nullable() });
export const disciplineFormList = z.object({ items: z.array(disciplineFormSchema) });
export const disciplineFormQuery = z.object({ category: z.enum(subjectCategories), on: isoDate });

export const suggestionSchema = z.object({
  id: z.uuid(),
  signalKind: z.enum(suggestionSignalKinds),
  subject: personRef,
  catalogKind: z.enum(catalogKinds),
  itemCode: z.string(),
  itemText: z.string().nullable(),
  summary: z.string(),
  evidence: z.object({
    taskIds: z.array(z.uuid()),
    events: z.array(z.object({ taskId: z.uuid(), kind: z.string(), occurredAt: z.string() })),
    dates: z.array(z.string()),
    counts: z.record(z.string(), z.number()),
    people: z.array(personRef).optional().describe('transfer_ring: everyone the task passed through, in order of hand-over'),
  }),
  status: z.enum(['open', 'dismissed', 'opened']),
  dismissalReason: z.string().nullable(),
  caseId: z.uuid().nullable(),
  createdAt: isoDateTime,
});
export const suggestionPage = pageOf(suggestionSchema);
export const signalMappingList = z.object({
  items: z.array(
    z.object({
      signalKind: z.enum(suggestionSignalKinds),
      catalogKind: z.enum(catalogKinds),
      code: z.string(),
      isEnabled: z.boolean(),
      itemText: z.string().nullable(),
    }),
  ),
});
export const suggestionRunResult = z.object({ created: z.number().int(), skipped: z.number().int() });
