import { z } from 'zod';
import { isoDateTime, localizedText, optionalText, pageQuery, text } from './common.js';
import { newsCategories, newsCommandNames, newsStatuses } from './news-vocabulary.js';

export const newsCategorySchema = z.enum(newsCategories);
export const newsStatusSchema = z.enum(newsStatuses);

export const articleBody = z.object({
  title: text(300).describe('Tiêu đề'),
  slug: z
    .string()
    .trim()
    .max(120)
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'chữ thường không dấu, số và dấu gạch ngang / lowercase letters, digits and hyphens')
    .optional()
    .describe('Đường dẫn; bỏ trống để tạo từ tiêu đề'),
  summary: optionalText(1000).describe('Tóm tắt'),
  bodyHtml: z.string().max(500_000).describe('Nội dung HTML; máy chủ lọc theo danh sách cho phép'),
  category: newsCategorySchema,
  tags: z.array(text(60)).max(20).default([]),
});
export type ArticleBody = z.infer<typeof articleBody>;

export const publishBody = z.object({
  publishAt: isoDateTime.optional().describe('Hẹn giờ đăng; bỏ trống để đăng ngay'),
});
export const reasonBody = z.object({ reason: text(1000) });

export const articleAbilities = z.object(
  Object.fromEntries(newsCommandNames.map((name) => [name, z.boolean()])) as Record<(typeof newsCommandNames)[number], z.ZodBoolean>,
);

export const articleSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  category: newsCategorySchema,
  tags: z.array(z.string()),
  status: newsStatusSchema,
  publishAt: isoDateTime.nullable(),
  /** Published with a publishAt still in the future. */
  isScheduled: z.boolean(),
  authorName: z.string(),
  hasCover: z.boolean(),
  updatedAt: isoDateTime,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = articleSummarySchema.extend({
  bodyHtml: z.string(),
  publishedByName: z.string().nullable(),
  version: z.number().int(),
  abilities: articleAbilities,
  related: z.array(articleSummarySchema.pick({ id: true, slug: true, title: true, publishAt: true })),
});
export type Article = z.infer<typeof articleSchema>;

export const articleListQuery = pageQuery.extend({
  status: newsStatusSchema.optional(),
  category: newsCategorySchema.optional(),
  q: z.string().trim().max(200).optional(),
});
export const articlePage = z.object({ items: z.array(articleSummarySchema), nextCursor: z.string().nullable(), canWrite: z.boolean() });
export type ArticlePage = z.infer<typeof articlePage>;

export const newsCategoryList = z.array(z.object({ code: newsCategorySchema, slug: z.string(), label: localizedText }));
