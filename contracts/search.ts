import { z } from 'zod';

/** What the header's search box looks through, in the order the groups are shown. */
export const searchKinds = ['tasks', 'people', 'documents', 'campaigns', 'meetings', 'cases', 'reports', 'procedures', 'news'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'Nhập ít nhất 2 ký tự / type at least 2 characters')
    .max(100, 'Tối đa 100 ký tự / at most 100 characters')
    .describe('Từ cần tìm, không cần dấu: "dun day" tìm "đùn đẩy"'),
  limit: z.coerce.number().int().min(1).max(10).default(5).describe('Số kết quả nhiều nhất mỗi loại'),
});

export const searchHit = z.object({
  id: z.uuid(),
  title: z.string(),
  subtitle: z.string().describe('Một dòng ngắn: người, đơn vị, ngày'),
  /** Only news: the public article's address for readers who do not edit news. */
  slug: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchGroup = z.object({
  kind: z.enum(searchKinds),
  items: z.array(searchHit),
  hasMore: z.boolean().describe('Danh sách đầy đủ có thêm kết quả'),
});
export type SearchGroup = z.infer<typeof searchGroup>;

export const searchResponse = z.object({
  q: z.string(),
  /** Only the kinds with at least one result the actor may open. */
  groups: z.array(searchGroup),
});
export type SearchResponse = z.infer<typeof searchResponse>;
