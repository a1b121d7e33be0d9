import { z } from 'zod';
import { idParams, isoDate, isoDateTime, localizedText, optionalText, pageOf, pageQuery, text } from './common.js';
import { overridableFigures, periodKinds, periodStates, ratingLevels, scoreLineKinds, scorecardStates } from './evaluation-vocabulary.js';

const level = z.enum(ratingLevels);
const points = (max: number) => z.number().min(0).max(max);
/** A change of a computed figure needs a written reason: it is shown beside the computed value and audited. */
const reason = z.string().trim().min(5, { message: 'Ghi rõ lý do (ít nhất 5 ký tự) / Give a reason (at least 5 characters)' }).max(2000).describe('Lý do');

// ── Requests ──

export const openPeriodBody = z.object({
  unitId: z.uuid().describe('Đơn vị: kỳ đánh giá áp dụng cho cả cây đơn vị con'),
  kind: z.enum(periodKinds),
  startsOn: isoDate.describe('Ngày đầu tháng, quý hoặc năm'),
  isOutstandingUnit: z.boolean().default(false).describe('Đơn vị được công nhận xuất sắc (tỷ lệ trần cao hơn nếu khung cho phép)'),
});
export const selfAssessmentBody = z.object({
  general: z.number().min(0).max(30).describe('Điểm tiêu chí chung tự chấm'),
  bonus: z.number().min(0).max(10).default(0).describe('Điểm thưởng đề xuất (khung Hà Nội)'),
  comment: optionalText(4000).default('').describe('Tự nhận xét'),
});
export const reviewBody = z.object({
  comment: optionalText(4000).default(''),
  overrides: z
    .array(z.object({ figure: z.enum(overridableFigures), value: points(100), reason }))
    .max(3)
    .default([]),
  monthsWorked: z.number().int().min(0).max(12).nullable().default(null).describe('Kỳ năm: số tháng làm việc'),
  monthsAbsent: z.number().int().min(0).max(12).nullable().default(null).describe('Kỳ năm: số tháng nghỉ'),
});
export const decideBody = z.object({
  level: level.optional().describe('Mức quyết định; bỏ trống để giữ mức tính được'),
  reason: reason.optional(),
});
export const appealBody = z.object({ reason });
export const answerAppealBody = z.object({ answer: text(4000), level: level.optional(), reason: reason.optional() });
export const periodListQuery = pageQuery;
export const scorecardListQuery = pageQuery.extend({ unitId: z.uuid().optional(), level: level.optional(), state: z.enum(scorecardStates).optional() });
export const queueQuery = pageQuery.extend({ step: z.enum(['review', 'decision', 'appeal']) });
export const scorecardParams = idParams;

// ── Responses ──

export const scoreLineSchema = z.object({
  kind: z.enum(scoreLineKinds),
  label: localizedText,
  points: z.number(),
  taskId: z.uuid().optional(),
  caseId: z.uuid().optional(),
});
export const schemeSummary = z.object({
  code: z.string(),
  name: z.string(),
  source: z.string(),
  levelNames: z.record(z.string(), z.string()),
  parts: z.object({ general: z.number(), tasks: z.number(), bonus: z.number() }),
});
export const signalSchema = z.object({ kind: z.literal('step_late'), since: isoDate });

export const scorecardSchema = z.object({
  id: z.uuid(),
  periodId: z.uuid(),
  period: z.object({ kind: z.enum(periodKinds), startsOn: isoDate, endsOn: isoDate }),
  person: z.object({ id: z.uuid(), name: z.string(), position: z.string() }),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  scheme: schemeSummary,
  reviewer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  decider: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  isUnitHead: z.boolean(),
  state: z.enum(scorecardStates),
  stepDueOn: isoDate.nullable(),
  signals: z.array(signalSchema),
  selfGeneral: z.number().nullable(),
  selfBonus: z.number().nullable(),
  selfComment: z.string().nullable(),
  reviewComment: z.string().nullable(),
  overrides: z.array(z.object({ figure: z.enum(overridableFigures), value: z.number(), reason: z.string(), byName: z.string(), at: isoDateTime })),
  facts: z.object({ missingAcknowledgements: z.number(), unexcusedAbsences: z.number(), transfersAway: z.number() }),
  lines: z.array(scoreLineSchema),
  score: z.number().nullable(),
  computedLevel: level.nullable(),
  level: level.nullable(),
  levelReasons: z.array(z.object({ text: localizedText, caseId: z.uuid().optional() })),
  /** Moved unit during the period: days per unit; rated where they worked most. */
  placement: z.object({ units: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), days: z.number().int() })) }).nullable(),
  isRated: z.boolean(),
  monthsWorked: z.number().nullable(),
  monthsAbsent: z.number().nullable(),
  publishedOn: isoDate.nullable(),
  appealDueOn: isoDate.nullable(),
  appealReason: z.string().nullable(),
  appealAnswer: z.string().nullable(),
  abilities: z.array(z.enum(['self_assess', 'review', 'decide', 'appeal', 'answer'])),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const scorecardRow = scorecardSchema
  .pick({
    id: true,
    periodId: true,
    period: true,
    person: true,
    unit: true,
    state: true,
    stepDueOn: true,
    signals: true,
    score: true,
    computedLevel: true,
    level: true,
    isRated: true,
  })
  .extend({ schemeCode: z.string() });
export const scorecardPage = pageOf(scorecardRow);

export const capSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  schemeCode: z.string(),
  level,
  percent: z.number(),
  allowed: z.number(),
  count: z.number(),
  basis: z.number(),
  isExceeded: z.boolean(),
});
export const periodSchema = z.object({
  id: z.uuid(),
  kind: z.enum(periodKinds),
  startsOn: isoDate,
  endsOn: isoDate,
  unit: z.object({ id: z.uuid(), name: z.string() }),
  state: z.enum(periodStates),
  isOutstandingUnit: z.boolean(),
  selfAssessmentDueOn: isoDate,
  reviewDueOn: isoDate,
  decisionDueOn: isoDate,
  referenceVersion: z.string(),
  counts: z.record(z.string(), z.number()).describe('Số phiếu theo bước'),
  distribution: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      schemeCode: z.string(),
      levels: z.record(z.string(), z.number()),
      cap: capSchema,
      unitRating: z.object({ level, explanation: localizedText }).describe('Xếp loại đơn vị: chỉ tiêu, tỷ lệ đúng hạn, kết quả thành viên'),
    }),
  ),
  abilities: z.array(z.enum(['publish', 'close', 'recompute'])),
});
export const periodPage = pageOf(periodSchema.omit({ distribution: true }));
export const historyPoint = z.object({
  periodId: z.uuid(),
  kind: z.enum(periodKinds),
  startsOn: isoDate,
  score: z.number().nullable(),
  level: level.nullable(),
  scorecardId: z.uuid(),
});
export const historySchema = z.object({ items: z.array(historyPoint) });
export const eventSchema = z.object({ occurredAt: isoDateTime, actorName: z.string(), kind: z.string(), reason: z.string().nullable(), change: z.unknown() });
export const eventList = z.object({ items: z.array(eventSchema) });
export const schemeList = z.object({ version: z.string(), derivedFrom: z.string(), schemes: z.array(z.unknown()), edgeRules: z.unknown(), steps: z.unknown() });
