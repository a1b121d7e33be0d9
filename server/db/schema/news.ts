import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, people } from './org.js';

export const newsStatus = pgEnum('news_status', ['draft', 'review', 'published', 'unpublished']);

/**
 * A news article of the agency's portal. The body is HTML already sanitised by the server
 * (news.sanitise.ts) on every write, so pages print it as it is stored.
 */
export const newsArticles = pgTable(
  'news_articles',
  {
    id: uuid().primaryKey(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    bodyHtml: text().notNull(),
    /** A code of the category vocabulary (contracts/news-vocabulary.ts). */
    category: text().notNull(),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    coverSha256: text(),
    coverContentType: text(),
    authorPersonId: uuid().references(() => people.id),
    authorName: text().notNull(),
    status: newsStatus().notNull(),
    /** Shown to the public from this instant on (a future instant schedules the article). */
    publishAt: timestamp({ withTimezone: true }),
    publishedByName: text(),
    searchText: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('news_articles_slug_key').on(t.agencyId, t.slug),
    index('news_articles_public_idx')
      .on(t.agencyId, t.publishAt, t.id)
      .where(sql`status = 'published'`),
    index('news_articles_staff_idx').on(t.agencyId, t.updatedAt, t.id),
  ],
);
