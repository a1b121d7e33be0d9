import { z } from 'zod';

export const localizedText = z.object({ vi: z.string(), en: z.string() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().describe('Stable machine-readable error code'),
    message: localizedText,
    errors: z.array(z.object({ field: z.string(), message: localizedText })).optional(),
    nextWorkingDay: z
      .string()
      .optional()
      .describe('due_date_not_working_day (409): the first working day after the date given; resend with it, or with confirmNonWorkingDay: true'),
  })
  .describe('RFC 9457 problem details');
export type Problem = z.infer<typeof problemSchema>;

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid() });

/** Keyset paging: an opaque cursor from the previous page, never an offset. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional().describe('Opaque cursor returned as nextCursor by the previous page'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const isoDate = z.iso.date().describe('Calendar date, yyyy-mm-dd (Asia/Ho_Chi_Minh)');
export const isoDateTime = z.iso.datetime({ offset: true });
export const okSchema = z.object({ ok: z.literal(true) });

/** Trimmed non-empty text with a length cap. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);

/** A due date typed on a non-working day answers 409 due_date_not_working_day with nextWorkingDay; true keeps it. */
export const confirmNonWorkingDay = z.boolean().optional().describe('true: giữ hạn rơi vào ngày nghỉ, lễ, Tết đã được cảnh báo');

/** The language of a spreadsheet export's column titles and file name. */
export const exportQuery = z.object({ lang: z.enum(['vi', 'en']).default('vi').describe('Ngôn ngữ tiêu đề cột: vi | en') });
