import { z } from 'zod';
import { isoDate, text } from './common.js';

export const calendarDayKinds = ['holiday', 'makeup_workday'] as const;
export const calendarDaySchema = z.object({
  day: isoDate,
  kind: z.enum(calendarDayKinds).describe('holiday: ngày nghỉ lễ, nghỉ bù; makeup_workday: ngày làm bù (thứ Bảy, Chủ nhật)'),
  name: z.string(),
});
export const calendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().describe('Năm; mặc định năm hiện tại') });
export const calendarYear = z.object({ year: z.number().int(), days: z.array(calendarDaySchema) });
export const calendarDayParams = z.object({ day: isoDate });
export const setCalendarDayBody = z.object({ kind: z.enum(calendarDayKinds), name: text(200).describe('Tên ngày nghỉ hoặc lý do làm bù') });

export const workingDaysQuery = z.object({
  from: isoDate.describe('Ngày bắt đầu (yyyy-mm-dd)'),
  days: z.coerce.number().int().min(1).max(365).describe('Số ngày làm việc (trừ cuối tuần, lễ, Tết; tính cả ngày làm bù)'),
});
/** The due date a task gets for "N working days from `from`": the same count the server applies when it creates the task. */
export const workingDaysAnswer = z.object({ from: isoDate, days: z.number().int(), dueDate: isoDate });
export const workingDayQuery = z.object({ date: isoDate.describe('Ngày cần kiểm tra (yyyy-mm-dd)') });
export const workingDayAnswer = z.object({
  date: isoDate,
  isWorkingDay: z.boolean(),
  nextWorkingDay: isoDate.describe('Ngày làm việc kế tiếp sau ngày đã cho'),
});
