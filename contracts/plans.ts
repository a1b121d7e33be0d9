import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, text } from './common.js';
import { documentDetailSchema, documentNumberInput, documentRef } from './documents.js';
import { parseDocumentNumber, typeCodeOfKind } from './document-number.js';

const unitRef = z.object({ id: z.uuid(), name: z.string() });
const personRef = z.object({ id: z.uuid(), fullName: z.string() });

/** An implementation plan is a document of kind `plan` that implements a directive (or another document). */
export const createPlanBody = z.object({
  number: documentNumberInput.refine(
    (number) => {
      const parsed = parseDocumentNumber(number);
      return !parsed.ok || parsed.value.typeCode === typeCodeOfKind.plan;
    },
    { message: 'Ký hiệu kế hoạch phải là KH, ví dụ 15-KH/ĐU / a plan’s symbol is KH' },
  ),
  title: text(1000).describe('Trích yếu'),
  summary: optionalText(5000).default(''),
  issuingBody: text(300).describe('Cơ quan ban hành'),
  issueDate: isoDate.describe('Ngày ban hành'),
  signer: optionalText(200).default(''),
  implementsDocumentId: z.uuid().describe('Văn bản được thực hiện (chỉ thị, nghị quyết …)'),
  unitId: z.uuid().describe('Kế hoạch của cơ quan (đơn vị gốc) hoặc của một đơn vị'),
  objectives: optionalText(5000).default('').describe('Mục đích, yêu cầu'),
});
export type CreatePlanBody = z.infer<typeof createPlanBody>;

export const updatePlanBody = z.object({
  unitId: z.uuid().describe('Đơn vị của kế hoạch'),
  objectives: optionalText(5000).default(''),
});

const value = z.number().min(0).max(1e11);
export const targetInput = z.object({
  metric: text(500).describe('Chỉ tiêu'),
  unitOfMeasure: text(50).describe('Đơn vị tính'),
  targetValue: value.refine((n) => n > 0, 'Giá trị chỉ tiêu phải lớn hơn 0 / must be greater than 0').describe('Giá trị chỉ tiêu'),
  reachedValue: value.default(0).describe('Giá trị đạt được'),
  deadline: isoDate.describe('Thời hạn'),
  unitId: z.uuid().describe('Đơn vị chịu trách nhiệm'),
  accountablePersonId: z.uuid().describe('Người chịu trách nhiệm — đúng một người'),
});
export type TargetInput = z.infer<typeof targetInput>;
export const reachedInput = z.object({ reachedValue: value.describe('Giá trị đạt được') });
export const targetParams = z.object({ id: z.uuid(), targetId: z.uuid() });

/** Tasks linked to a target, counted in the Government Office's four states (cancelled tasks are left out). */
export const taskCounts = z.object({
  total: z.number().int(),
  completedOnTime: z.number().int(),
  completedLate: z.number().int(),
  openInTime: z.number().int(),
  openOverdue: z.number().int(),
});
export type TaskCounts = z.infer<typeof taskCounts>;

export const progressSchema = z.object({
  targets: z.number().int(),
  /** Mean over targets of min(reached / target, 1), 0–1. */
  attainment: z.number(),
  tasks: taskCounts,
});
export type Progress = z.infer<typeof progressSchema>;

export const targetSchema = z.object({
  id: z.uuid(),
  metric: z.string(),
  unitOfMeasure: z.string(),
  targetValue: z.number(),
  reachedValue: z.number(),
  deadline: isoDate,
  unit: unitRef,
  accountablePerson: personRef,
  progress: progressSchema,
  canUpdateReached: z.boolean(),
  updatedAt: isoDateTime,
});
export type Target = z.infer<typeof targetSchema>;

export const planSchema = z.object({
  document: documentDetailSchema,
  implements: z.array(documentRef),
  unit: unitRef,
  objectives: z.string(),
  targets: z.array(targetSchema),
  progress: progressSchema,
  byUnit: z.array(progressSchema.extend({ unit: unitRef })),
  canWrite: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

/** One line of the traceability table: directive → plan → target → task → outcome. */
export const traceLineSchema = z.object({
  plan: z.object({ id: z.uuid(), number: z.string(), title: z.string(), unit: unitRef }),
  target: z
    .object({
      id: z.uuid(),
      metric: z.string(),
      unitOfMeasure: z.string(),
      targetValue: z.number(),
      reachedValue: z.number(),
      deadline: isoDate,
      unit: unitRef,
      accountablePerson: personRef,
    })
    .nullable(),
  task: z
    .object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(['assigned', 'in_progress', 'submitted', 'completed', 'cancelled']),
      outcome: z.enum(['completed_on_time', 'completed_late', 'open_in_time', 'open_overdue']).nullable(),
      dueDate: isoDate,
      owner: personRef,
      unit: unitRef,
    })
    .nullable(),
});
export type TraceLine = z.infer<typeof traceLineSchema>;
export const traceabilitySchema = z.object({
  document: documentRef.extend({ issuingBody: z.string() }),
  progress: progressSchema,
  lines: z.array(traceLineSchema),
  truncated: z.boolean().describe('Quá nhiều dòng: chỉ trả về phần đầu'),
});
export type Traceability = z.infer<typeof traceabilitySchema>;

/** A target as a task names its source: enough to show and link it. */
export const targetRefSchema = z.object({
  id: z.uuid(),
  metric: z.string(),
  unitOfMeasure: z.string(),
  deadline: isoDate,
  accountablePerson: personRef,
  plan: z.object({ id: z.uuid(), number: z.string(), title: z.string() }),
});
export type TargetRef = z.infer<typeof targetRefSchema>;

export const targetLookupQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Tìm theo tên chỉ tiêu, số hoặc tên kế hoạch'),
});
/** Targets the viewer may assign work for ("Giao việc" → nguồn: chỉ tiêu), at most 20, nearest deadline first. */
export const targetLookupResponse = z.object({ items: z.array(targetRefSchema) });
