import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, text } from './common.js';
import { createTaskBody } from './work.js';
import { taskPriorities, taskStatuses } from './work-vocabulary.js';

const reason = text(2000).describe('Lý do');
const personRef = z.object({ id: z.uuid(), fullName: z.string() });

// ── Subtasks ──

/** A subtask is created like any task (one accountable owner, a unit, a due date); it comes from its parent, so its source stays ad hoc. */
export const createSubtaskBody = createTaskBody;
export type CreateSubtaskBody = z.infer<typeof createSubtaskBody>;

export const subtaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  owner: personRef,
  status: z.enum(taskStatuses),
  dueDate: isoDate,
  progressPercent: z.number().int().min(0).max(100),
});
export const subtaskList = z.object({
  parent: z.object({ id: z.uuid(), title: z.string() }).nullable().describe('Nhiệm vụ cha, nếu đây là nhiệm vụ con'),
  items: z.array(subtaskSchema),
  rollup: z.object({
    percent: z.number().int().min(0).max(100).describe('Tiến độ chung: trung bình của tiến độ nhiệm vụ cha và từng nhiệm vụ con chưa hủy'),
    open: z.number().int(),
    done: z.number().int(),
  }),
});

// ── Checklist ──

export const checklistItemSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  done: z.boolean(),
  doneAt: isoDateTime.nullable(),
  doneByName: z.string().nullable(),
});
export const checklist = z.object({ items: z.array(checklistItemSchema) });
export const addChecklistItemBody = z.object({ text: text(500).describe('Bước việc nhỏ') });
export const tickChecklistItemBody = z.object({ done: z.boolean().describe('Đã xong / bỏ đánh dấu') });
export const checklistItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

// ── Recurring tasks ──

const dayOfMonth = z.union([z.number().int().min(1).max(31), z.literal('last_working_day')]).describe('Ngày trong tháng, hoặc ngày làm việc cuối cùng');

/** When each occurrence is due, on the working-day calendar. */
export const seriesSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('every_working_days'), interval: z.number().int().min(1).max(120).describe('Cứ N ngày làm việc') }),
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(5).describe('Thứ trong tuần: 1 = thứ Hai … 5 = thứ Sáu') }),
  z.object({ kind: z.literal('monthly'), day: dayOfMonth }),
  z.object({ kind: z.literal('quarterly'), monthOfQuarter: z.number().int().min(1).max(3).default(3).describe('Tháng thứ mấy của quý'), day: dayOfMonth }),
]);
export type SeriesSchedule = z.infer<typeof seriesSchedule>;
export const seriesScheduleKinds = ['every_working_days', 'weekly', 'monthly', 'quarterly'] as const;

export const createSeriesBody = z.object({
  title: text(300).describe('Tên nhiệm vụ định kỳ'),
  description: optionalText(5000).default(''),
  expectedOutput: text(1000),
  unitId: z.uuid(),
  ownerId: z.uuid().describe('Người chịu trách nhiệm chính của mỗi lần — đúng một người'),
  priority: z.enum(taskPriorities).default('normal'),
  schedule: seriesSchedule,
  leadWorkingDays: z.number().int().min(0).max(30).default(5).describe('Tạo mỗi lần trước hạn bao nhiêu ngày làm việc'),
  startsOn: isoDate.describe('Bắt đầu từ ngày'),
});
export type CreateSeriesBody = z.infer<typeof createSeriesBody>;

export const seriesOccurrenceSchema = z.object({
  date: isoDate.describe('Hạn của lần này'),
  state: z.enum(['created', 'skipped', 'upcoming']),
  taskId: z.uuid().nullable(),
  skippedReason: z.string().nullable(),
});
export const seriesSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  expectedOutput: z.string(),
  priority: z.enum(taskPriorities),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  owner: personRef,
  assigner: personRef,
  schedule: seriesSchedule,
  leadWorkingDays: z.number().int(),
  startsOn: isoDate,
  status: z.enum(['active', 'ended']),
  endReason: z.string().nullable(),
  endedAt: isoDateTime.nullable(),
  occurrences: z.array(seriesOccurrenceSchema).describe('Các lần gần đây và sắp tới'),
  canManage: z.boolean(),
});
export type TaskSeries = z.infer<typeof seriesSchema>;
export const seriesList = z.object({ items: z.array(seriesSchema) });
export const skipOccurrenceBody = z.object({ date: isoDate.describe('Hạn của lần bỏ qua'), reason });
export const endSeriesBody = z.object({ reason });
