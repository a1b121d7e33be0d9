import type { Article, ArticleSummary } from '../../../contracts/news.js';
import type { NewsCategory } from '../../../contracts/news-vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { newsAbilities } from './news.policy.js';
import type { ArticleRow } from './news.repository.js';

export function toArticleSummary(row: ArticleRow, now: Date): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: row.category as NewsCategory,
    tags: row.tags,
    status: row.status,
    publishAt: row.publishAt?.toISOString() ?? null,
    isScheduled: row.status === 'published' && row.publishAt !== null && row.publishAt.getTime() > now.getTime(),
    authorName: row.authorName,
    hasCover: row.coverSha256 !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toArticle(row: ArticleRow, actor: Actor, related: { id: string; slug: string; title: string; publishAt: Date | null }[], now: Date): Article {
  return {
    ...toArticleSummary(row, now),
    bodyHtml: row.bodyHtml,
    publishedByName: row.publishedByName,
    version: row.version,
    abilities: newsAbilities(actor, row.status),
    related: related.map((item) => ({ id: item.id, slug: item.slug, title: item.title, publishAt: item.publishAt?.toISOString() ?? null })),
  };
}
