import type { NewsCommandName, NewsStatus } from '../../../contracts/news-vocabulary.js';
import { foldForSearch } from '../../platform/search-text.js';

/** A URL slug from a Vietnamese title: "Hội nghị quán triệt Chỉ thị 24" → "hoi-nghi-quan-triet-chi-thi-24". */
export function slugOf(title: string): string {
  const slug = foldForSearch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'tin';
}

/** From which states each workflow command may start (draft → review → published → unpublished). */
const allowedFrom: Record<Exclude<NewsCommandName, 'edit' | 'setCover'>, readonly NewsStatus[]> = {
  submit: ['draft', 'unpublished'],
  publish: ['draft', 'review', 'unpublished'],
  unpublish: ['published'],
  returnToDraft: ['review'],
};

export const nextStatus: Record<keyof typeof allowedFrom, NewsStatus> = {
  submit: 'review',
  publish: 'published',
  unpublish: 'unpublished',
  returnToDraft: 'draft',
};

export function canMove(status: NewsStatus, command: keyof typeof allowedFrom): boolean {
  return allowedFrom[command].includes(status);
}

/** The public sees an article once it is published and its publishing time has come. */
export function isVisibleToPublic(article: { status: NewsStatus; publishAt: Date | null }, now: Date): boolean {
  return article.status === 'published' && article.publishAt !== null && article.publishAt.getTime() <= now.getTime();
}

/** Tags as the author meant them, without repeats that differ only in case or spacing. */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const cleaned = tag.replace(/\s+/g, ' ').trim();
    const key = foldForSearch(cleaned);
    if (cleaned && !seen.has(key)) seen.set(key, cleaned);
  }
  return [...seen.values()];
}
