import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, text } from './common.js';

export const weeklyScheduleStatuses = ['draft', 'submitted', 'approved', 'published'] as const;
export type WeeklyScheduleStatus = (typeof weeklyScheduleStatuses)[number];
export const scheduleSessions = ['morning', 'afternoon'] as const;
export type ScheduleSession = (typeof scheduleSessions)[number];
export const scheduleCommandNames = ['create', 'editEntries', 'submit', 'approve', 'returnToDraft', 'publish'] as const;
export type ScheduleCommandName = (typeof scheduleCommandNames)[number];

export const weekQuery = z.object({ week: isoDate.optional().describe('Một ngày bất kỳ trong tuần; bỏ trống: tuần hiện tại') });
export const createScheduleBody = z.object({ week: isoDate.describe('Một ngày bất kỳ trong tuần') });
export const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });

export const entryBody = z.object({
  day: isoDate.describe('Ngày, trong tuần của lịch'),
  session: z.enum(scheduleSessions).describe('Buổi: sáng (morning) hoặc chiều (afternoon)'),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng hh:mm / time as hh:mm')
    .nullable()
    .default(null)
    .describe('Giờ bắt đầu hh:mm'),
  content: text(2000).describe('Nội dung'),
  chairId: z.uuid().nullable().default(null).describe('Người chủ trì'),
  participants: optionalText(1000).default('').describe('Thành phần (văn bản)'),
  participantIds: z.array(z.uuid()).max(50).default([]).describe('Thành phần (người)'),
  place: optionalText(300).default('').describe('Địa điểm'),
  preparingUnitId: z.uuid().nullable().default(null).describe('Đơn vị chuẩn bị'),
});
export type EntryBody = z.infer<typeof entryBody>;
export const reasonBody = z.object({ reason: text(1000) });
export const publishBody = z.object({ onPublicSite: z.boolean().default(false).describe('Đăng cả trên cổng thông tin công khai') });

const named = z.object({ id: z.uuid(), name: z.string() });

export const scheduleEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['entry', 'meeting']).describe('meeting: một hội nghị của mô-đun hội nghị, chỉ đọc'),
  day: isoDate,
  session: z.enum(scheduleSessions),
  startTime: z.string().nullable(),
  content: z.string(),
  chair: named.nullable(),
  participants: z.string(),
  participantPeople: z.array(named),
  place: z.string(),
  preparingUnit: named.nullable(),
  isCancelled: z.boolean(),
  changedAt: isoDateTime.nullable(),
  changeNote: z.string().nullable(),
  meetingId: z.uuid().nullable(),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

export const weeklyScheduleSchema = z.object({
  weekStart: isoDate,
  weekEnd: isoDate,
  weekNumber: z.number().int().describe('Tuần ISO 8601'),
  schedule: z
    .object({
      id: z.uuid(),
      status: z.enum(weeklyScheduleStatuses),
      isPublic: z.boolean(),
      draftedByName: z.string(),
      approvedByName: z.string().nullable(),
      approvedAt: isoDateTime.nullable(),
      publishedByName: z.string().nullable(),
      publishedAt: isoDateTime.nullable(),
      version: z.number().int(),
    })
    .nullable(),
  entries: z.array(scheduleEntrySchema).describe('Các mục của lịch và các hội nghị trong tuần, theo ngày, buổi, giờ'),
  abilities: z.object(Object.fromEntries(scheduleCommandNames.map((name) => [name, z.boolean()])) as Record<ScheduleCommandName, z.ZodBoolean>),
});
export type WeeklySchedule = z.infer<typeof weeklyScheduleSchema>;
