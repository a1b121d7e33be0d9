import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, pageOf, pageQuery, text } from './common.js';

// ── Vocabulary ──

export const procedureVersionStatuses = ['draft', 'submitted', 'approved', 'published', 'superseded'] as const;
export type ProcedureVersionStatus = (typeof procedureVersionStatuses)[number];
export const limitUnits = ['working_days', 'working_hours'] as const;
export type LimitUnit = (typeof limitUnits)[number];
export const runStates = ['running', 'completed', 'cancelled'] as const;
export type RunState = (typeof runStates)[number];
export const runStepStates = ['waiting', 'open', 'done', 'cancelled'] as const;
export type RunStepState = (typeof runStepStates)[number];

const personRef = z.object({ id: z.uuid(), fullName: z.string() });
const unitRef = z.object({ id: z.uuid(), name: z.string() });

// ── Procedure content ──

export const stepInput = z.object({
  name: text(300).describe('Tên bước, công việc'),
  unitId: z.uuid().describe('Đơn vị chịu trách nhiệm'),
  responsiblePosition: optionalText(200).default('').describe('Chức danh chịu trách nhiệm'),
  defaultPersonId: z.uuid().nullable().default(null).describe('Cá nhân thực hiện mặc định'),
  limitValue: z.number().positive().max(365).describe('Thời hạn'),
  limitUnit: z.enum(limitUnits),
  inputs: optionalText(2000).default(''),
  outputs: optionalText(2000).default('').describe('Kết quả, biểu mẫu'),
  needsAcceptance: z.boolean().default(true).describe('Chỉ bắt đầu khi bước trước được nghiệm thu'),
  isParallel: z.boolean().default(false).describe('Thực hiện song song với bước trước'),
});
export type StepInput = z.infer<typeof stepInput>;

export const formEntry = z.object({ code: optionalText(50).default(''), name: text(300) });
export const recordEntry = z.object({ name: text(300), keeper: optionalText(200).default(''), retention: optionalText(100).default('') });
export const legalBasisInput = z.object({ documentId: z.uuid().nullable().default(null), label: text(500) });

export const versionContentInput = z.object({
  purpose: optionalText(5000).default(''),
  scope: optionalText(5000).default(''),
  legalBases: z.array(legalBasisInput).max(50).default([]),
  definitions: optionalText(5000).default(''),
  forms: z.array(formEntry).max(100).default([]),
  records: z.array(recordEntry).max(100).default([]),
  revisionNote: optionalText(2000).default('').describe('Nội dung sửa đổi và lý do'),
  steps: z.array(stepInput).min(1).max(60),
});
export type VersionContentInput = z.infer<typeof versionContentInput>;

export const createProcedureBody = versionContentInput.extend({
  unitId: z.uuid(),
  code: text(40)
    .regex(/^[\p{L}\p{N}./-]+$/u, 'Mã chỉ gồm chữ, số, dấu - . /')
    .describe('Mã quy trình, ví dụ QT-03/VP'),
  title: text(300),
});
export type CreateProcedureBody = z.infer<typeof createProcedureBody>;

export const decisionBody = z.object({ note: optionalText(1000).default('') });

// ── Answers ──

export const stepSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  unit: unitRef,
  responsiblePosition: z.string(),
  defaultPerson: personRef.extend({ hasLeft: z.boolean() }).nullable(),
  limitValue: z.number(),
  limitUnit: z.enum(limitUnits),
  inputs: z.string(),
  outputs: z.string(),
  needsAcceptance: z.boolean(),
  isParallel: z.boolean(),
});
export type Step = z.infer<typeof stepSchema>;

export const versionAbilities = z.object({
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canApprove: z.boolean(),
  canPublish: z.boolean(),
  canStartRun: z.boolean(),
});

export const versionSchema = z.object({
  id: z.uuid(),
  procedureId: z.uuid(),
  edition: z.number().int(),
  status: z.enum(procedureVersionStatuses),
  purpose: z.string(),
  scope: z.string(),
  legalBases: z.array(z.object({ documentId: z.uuid().nullable(), label: z.string() })),
  definitions: z.string(),
  forms: z.array(z.object({ code: z.string(), name: z.string() })),
  records: z.array(z.object({ name: z.string(), keeper: z.string(), retention: z.string() })),
  revisionNote: z.string(),
  draftedBy: personRef.nullable(),
  submittedAt: isoDateTime.nullable(),
  approvedBy: personRef.nullable(),
  approvedAt: isoDateTime.nullable(),
  publishedAt: isoDateTime.nullable(),
  issueDate: isoDate.nullable(),
  steps: z.array(stepSchema),
  abilities: versionAbilities,
});
export type ProcedureVersion = z.infer<typeof versionSchema>;

export const procedureSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  unit: unitRef,
  publishedEdition: z.number().int().nullable(),
  publishedVersionId: z.uuid().nullable(),
  latestStatus: z.enum(procedureVersionStatuses),
  runningRuns: z.number().int(),
});
export type ProcedureSummary = z.infer<typeof procedureSummary>;
export const procedurePage = pageOf(procedureSummary);

export const procedureListQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  status: z.enum(procedureVersionStatuses).optional(),
  q: optionalText(200).optional().describe('Tìm theo mã, tên (không dấu cũng được)'),
});

export const procedureDetail = procedureSummary.extend({
  versions: z.array(
    z.object({
      id: z.uuid(),
      edition: z.number().int(),
      status: z.enum(procedureVersionStatuses),
      revisionNote: z.string(),
      publishedAt: isoDateTime.nullable(),
      updatedAt: isoDateTime,
    }),
  ),
  canDraft: z.boolean(),
});
export type ProcedureDetail = z.infer<typeof procedureDetail>;

// ── Runs ──

export const startRunBody = z.object({
  subjectTitle: text(500).describe('Nội dung, hồ sơ được xử lý'),
  reference: optionalText(200).default('').describe('Số, ký hiệu, mã hồ sơ'),
  documentId: z.uuid().nullable().default(null),
  /** A person for a step that names none, or instead of its default. */
  people: z
    .array(z.object({ stepId: z.uuid(), personId: z.uuid() }))
    .max(60)
    .default([]),
});
export type StartRunBody = z.infer<typeof startRunBody>;

export const promiseBody = z.object({ promisedDate: isoDate, reason: text(2000).describe('Lý do trễ hạn') });
export const cancelRunBody = z.object({ reason: text(2000).describe('Lý do dừng thực hiện quy trình') });

export const slipLine = z.object({
  stepId: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  state: z.enum(runStepStates),
  person: personRef,
  holder: personRef.nullable().describe('Người đang giữ việc (chủ trì nhiệm vụ)'),
  taskId: z.uuid().nullable(),
  taskStatus: z.string().nullable(),
  limitHours: z.number(),
  dueDate: isoDate.nullable(),
  receivedAt: isoDateTime.nullable(),
  handedOverAt: isoDateTime.nullable(),
  usedHours: z.number().nullable(),
  isLate: z.boolean().nullable(),
});
export type SlipLine = z.infer<typeof slipLine>;

export const runSchema = z.object({
  id: z.uuid(),
  procedure: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  versionId: z.uuid(),
  edition: z.number().int(),
  unit: unitRef,
  subjectTitle: z.string(),
  reference: z.string(),
  documentId: z.uuid().nullable(),
  state: z.enum(runStates),
  startedBy: personRef,
  startedAt: isoDateTime,
  dueDate: isoDate,
  completedAt: isoDateTime.nullable(),
  isOverdue: z.boolean(),
  promisedDate: isoDate.nullable(),
  promiseReason: z.string().nullable(),
  promiseCount: z.number().int(),
  cancellation: z.object({ at: isoDateTime, by: personRef.nullable(), reason: z.string() }).nullable().describe('Lượt đã dừng: ai dừng, khi nào, vì sao'),
  steps: z.array(slipLine),
  abilities: z.object({ canPromise: z.boolean(), canCancel: z.boolean() }),
});
export type Run = z.infer<typeof runSchema>;

export const runListQuery = pageQuery.extend({ procedureId: z.uuid().optional(), state: z.enum(runStates).optional() });
export const runSummary = runSchema.omit({ steps: true, abilities: true, cancellation: true }).extend({ waitingAt: z.string().nullable() });
export const runPage = pageOf(runSummary);

// ── Radar ──

export const radarStep = z.object({
  stepId: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  limitHours: z.number(),
  finished: z.number().int(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  lateShare: z.number().nullable().describe('Tỷ lệ trễ hạn, 0–1'),
  waitingNow: z.number().int().describe('Số lượt đang dừng ở bước này'),
  isSlowest: z.boolean(),
});
export const radarSchema = z.object({ versionId: z.uuid(), edition: z.number().int(), sampleLimit: z.number().int(), steps: z.array(radarStep) });
export type Radar = z.infer<typeof radarSchema>;

// ── Individual responsibility ──

const targetRef = z.object({
  id: z.uuid(),
  metric: z.string(),
  planId: z.uuid(),
  planNumber: z.string().nullable(),
  planTitle: z.string(),
  deadline: isoDate,
  targetValue: z.number(),
  reachedValue: z.number(),
  unitOfMeasure: z.string(),
});

export const myResponsibility = z.object({
  person: personRef,
  steps: z.array(
    z.object({
      procedureId: z.uuid(),
      code: z.string(),
      title: z.string(),
      versionId: z.uuid(),
      edition: z.number().int(),
      stepId: z.uuid(),
      position: z.number().int(),
      name: z.string(),
      limitValue: z.number(),
      limitUnit: z.enum(limitUnits),
    }),
  ),
  holding: z.array(
    z.object({
      runId: z.uuid(),
      code: z.string(),
      subjectTitle: z.string(),
      position: z.number().int(),
      name: z.string(),
      taskId: z.uuid().nullable(),
      dueDate: isoDate.nullable(),
    }),
  ),
  targets: z.array(targetRef),
  tasks: z.object({
    inTime: z.number().int(),
    overdue: z.number().int(),
    awaitingAcceptance: z.number().int(),
    items: z.array(
      z.object({ id: z.uuid(), title: z.string(), status: z.string(), dueDate: isoDate, outcome: z.enum(['in_time', 'overdue', 'awaiting_acceptance']) }),
    ),
  }),
  transfersAway: z.number().int(),
  extensions: z.number().int(),
});
export type MyResponsibility = z.infer<typeof myResponsibility>;

export const matrixQuery = z.object({ unitId: z.uuid() });
export const matrixSchema = z.object({
  unit: unitRef,
  people: z.array(personRef.extend({ position: z.string(), hasLeft: z.boolean() })),
  items: z.array(
    z.object({
      kind: z.enum(['step', 'target']),
      id: z.uuid(),
      group: z.string().describe('Mã quy trình, hoặc số kế hoạch'),
      label: z.string(),
      personId: z.uuid().nullable(),
      personName: z.string().nullable(),
      flag: z.enum(['no_person', 'person_left', 'outside_unit']).nullable(),
    }),
  ),
});
export type Matrix = z.infer<typeof matrixSchema>;

/** What deciding a version records (`procedure.<decision>`): submitted, approved, returned or published. */
export const procedureVersionDecisions = ['submitted', 'approved', 'returned', 'published'] as const;
export type ProcedureVersionDecision = (typeof procedureVersionDecisions)[number];
