import { z } from 'zod';
import { isoDate, isoDateTime, optionalText } from './common.js';

const year = z.number().int().min(2000).max(2100);
export const reportPeriod = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('month'), year, number: z.number().int().min(1).max(12) }),
    z.object({ kind: z.literal('quarter'), year, number: z.number().int().min(1).max(4) }),
    z.object({ kind: z.literal('half_year'), year, number: z.number().int().min(1).max(2) }),
    z.object({ kind: z.literal('year'), year }),
    z.object({ kind: z.literal('range'), fromDate: isoDate, toDate: isoDate }),
  ])
  .describe('Kỳ báo cáo; tháng, quý, 6 tháng, năm theo ngày chốt số liệu của Nghị định 09/2019/NĐ-CP');

export const reportLayouts = ['party', 'administrative'] as const;
export const createReportBody = z.object({
  unitId: z.uuid().describe('Đơn vị (cả cấp dưới) được báo cáo'),
  period: reportPeriod,
  layout: z.enum(reportLayouts).optional().describe('Thể thức: văn bản Đảng (HD 36-HD/VPTW) hoặc hành chính (NĐ 30/2020); mặc định theo loại đơn vị'),
  place: optionalText(60).default('Hà Nội').describe('Địa danh ghi ở dòng ngày tháng'),
  isConfidential: z
    .boolean()
    .default(false)
    .describe('Đóng dấu MẬT: bảng vụ việc nêu tên người bị xem xét; chỉ người được xem mọi vụ việc (lãnh đạo) lập và xem'),
});
export type CreateReportBody = z.infer<typeof createReportBody>;

export const reportRunStatuses = ['queued', 'running', 'done', 'failed'] as const;
export const reportRunSchema = z.object({
  id: z.uuid(),
  status: z.enum(reportRunStatuses),
  percent: z.number().int(),
  unitId: z.uuid(),
  periodKind: z.string(),
  periodLabel: z.string(),
  fromDate: isoDate,
  toDate: isoDate,
  layout: z.enum(reportLayouts),
  isConfidential: z.boolean(),
  requestedByName: z.string(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  dataCutoffAt: isoDateTime.nullable().describe('Thời điểm chốt số liệu'),
  fileName: z.string().nullable(),
  error: z.string().nullable(),
});
export type ReportRun = z.infer<typeof reportRunSchema>;
export const reportRunList = z.object({
  items: z.array(reportRunSchema),
  canGenerate: z.boolean(),
  canGenerateConfidential: z.boolean().describe('Được lập báo cáo đóng dấu MẬT'),
});

export const publishAccountabilityBody = z.object({ isPublished: z.boolean() });
/** Aggregates only: a unit's name and counts, never a person or a task. */
export const accountabilityList = z.array(
  z.object({
    unitId: z.uuid(),
    unitName: z.string(),
    completed: z.number().int(),
    onTime: z.number().int(),
    reportsReceived: z.number().int(),
    reportsAcceptedInTime: z.number().int(),
    reportsAnswered: z.number().int(),
    averageRating: z.number().nullable(),
    trend: z.array(z.object({ month: z.string(), completed: z.number().int(), onTime: z.number().int() })),
  }),
);
