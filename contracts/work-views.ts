import { z } from 'zod';
import { isoDate, isoDateTime, localizedText, optionalText, text } from './common.js';
import { taskSignalKinds, taskSourceKinds, taskStatuses } from './work-vocabulary.js';
import { commentBody, taskListItemSchema } from './work.js';

/** Calendar, timeline, saved views, bulk actions, mentions and following (issue 28). */

/** The assigner's direct extension (POST /tasks/:id/extend), also dragging a due bar on the timeline. */
export const extendTaskBody = z.object({
  newDueDate: isoDate.describe('Hạn mới, sau hạn hiện tại'),
  reason: text(2000).describe('Lý do gia hạn'),
});

/** A comment may mention people (@) who may see the task; they are notified. */
export const commentWithMentionsBody = commentBody.extend({
  mentionIds: z.array(z.uuid()).max(20).optional().describe('Người được nhắc đến (@), phải là người xem được nhiệm vụ'),
});

/** The longest window the calendar and timeline read at once, in days. */
export const MAX_WINDOW_DAYS = 100;
/** The most tasks one window answers with; more are reported as `truncated`. */
export const MAX_WINDOW_TASKS = 500;

const statusList = z.union([z.enum(taskStatuses).transform((status) => [status]), z.array(z.enum(taskStatuses)).max(taskStatuses.length)]);

export const taskWindowQuery = z.object({
  view: z.enum(['mine', 'unit']).default('unit').describe('Việc của tôi / của đơn vị'),
  from: isoDate.describe('Ngày đầu cửa sổ (theo hạn hoàn thành)'),
  to: isoDate.describe(`Ngày cuối cửa sổ, tối đa ${MAX_WINDOW_DAYS} ngày`),
  unitId: z.uuid().optional().describe('Đơn vị (gồm cả đơn vị cấp dưới)'),
  planId: z.uuid().optional().describe('Kế hoạch: các nhiệm vụ của các chỉ tiêu thuộc kế hoạch'),
  status: statusList.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_WINDOW_TASKS).default(300),
});
export const taskWindow = z.object({
  from: isoDate,
  to: isoDate,
  /** Weekdays that are not working days (public holidays, Tết) and Saturdays made working days. */
  holidays: z.array(isoDate),
  makeupDays: z.array(isoDate),
  items: z.array(taskListItemSchema),
  /** More tasks fall in the window than the limit: narrow the window or the filters. */
  truncated: z.boolean(),
});

/** A board's filters, as saved: the same names as the task list's query. */
export const savedViewFilters = z
  .object({
    status: z.array(z.enum(taskStatuses)).max(taskStatuses.length).optional(),
    signal: z.enum(taskSignalKinds).optional(),
    q: optionalText(200).optional(),
    unitId: z.uuid().optional(),
    ownerId: z.uuid().optional(),
    dueFrom: isoDate.optional(),
    dueTo: isoDate.optional(),
    sourceKind: z.enum(taskSourceKinds).optional(),
  })
  .strict();
export const createSavedViewBody = z.object({
  name: text(100).describe('Tên bộ lọc'),
  filters: savedViewFilters,
  sharedUnitId: z.uuid().nullable().default(null).describe('Chia sẻ trong đơn vị (trưởng đơn vị); để trống: cá nhân'),
});
export const savedViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  filters: savedViewFilters,
  shared: z.object({ unitId: z.uuid(), unitName: z.string() }).nullable(),
  ownerName: z.string(),
  canDelete: z.boolean(),
  createdAt: isoDateTime,
});
export const savedViewList = z.object({ items: z.array(savedViewSchema) });

const taskIds = z
  .array(z.uuid())
  .min(1)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Duplicate task ids' })
  .describe('Các nhiệm vụ đã chọn (tối đa 100)');
export const bulkActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('remind'), taskIds, note: optionalText(500).optional().describe('Lời nhắc') }),
  z.object({ action: z.literal('extend'), taskIds, newDueDate: isoDate.describe('Hạn mới'), reason: text(2000).describe('Lý do') }),
  z.object({ action: z.literal('cancel'), taskIds, reason: text(2000).describe('Lý do') }),
]);
export const bulkResult = z.object({
  results: z.array(
    z.object({
      taskId: z.uuid(),
      ok: z.boolean(),
      /** The status code the single command would have answered with. */
      status: z.number().int(),
      code: z.string().nullable(),
      message: localizedText.nullable(),
    }),
  ),
});

export const followState = z.object({ following: z.boolean(), followers: z.number().int().min(0) });
export const mentionableQuery = z.object({ q: optionalText(100).optional() });
export const mentionableList = z.object({ items: z.array(z.object({ id: z.uuid(), fullName: z.string(), unitName: z.string().nullable() })) });
