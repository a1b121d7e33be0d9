import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ArticlePage } from '../../../contracts/news.js';
import type { z } from 'zod';
import type { articleListQuery } from '../../../contracts/news.js';
import type { Db } from '../../db/client.js';
import { newsArticles } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';
import { canWriteNews } from './news.policy.js';
import { toArticle, toArticleSummary } from './news.presenter.js';
import { findArticle, relatedArticles } from './news.repository.js';

export interface NewsReadDeps {
  db: Db;
  clock: Clock;
}

export const articleNotFound = () => notFound({ vi: 'Không tìm thấy tin bài', en: 'Article not found' });

/** Writers see every article of the agency; everyone else only what the public sees. */
function visibleTo(actor: Actor, now: Date): SQL | undefined {
  if (canWriteNews(actor)) return undefined;
  return and(eq(newsArticles.status, 'published'), sql`${newsArticles.publishAt} <= ${now}`);
}

export async function listArticles(deps: NewsReadDeps, actor: Actor, query: z.infer<typeof articleListQuery>): Promise<ArticlePage> {
  const now = deps.clock.now();
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const conditions: (SQL | undefined)[] = [eq(newsArticles.agencyId, actor.agencyId), visibleTo(actor, now)];
  if (query.status) conditions.push(eq(newsArticles.status, query.status));
  if (query.category) conditions.push(eq(newsArticles.category, query.category));
  if (query.q) conditions.push(sql`${newsArticles.searchText} like ${likePattern(query.q)}`);
  if (after) conditions.push(sql`(${newsArticles.updatedAt}, ${newsArticles.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await deps.db
    .select()
    .from(newsArticles)
    .where(and(...conditions))
    .orderBy(desc(newsArticles.updatedAt), desc(newsArticles.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.updatedAt.toISOString(), row.id]);
  return { items: page.items.map((row) => toArticleSummary(row, now)), nextCursor: page.nextCursor, canWrite: canWriteNews(actor) };
}

export async function getArticle(deps: NewsReadDeps, actor: Actor, id: string) {
  const now = deps.clock.now();
  const row = await findArticle(deps.db, actor.agencyId, id);
  const seesAll = canWriteNews(actor);
  if (!row || (!seesAll && !(row.status === 'published' && row.publishAt && row.publishAt <= now))) throw articleNotFound();
  return toArticle(row, actor, await relatedArticles(deps.db, row, now), now);
}

/** The cover image of an article the actor may see. */
export async function readCover(deps: NewsReadDeps & { files: { read(sha256: string): Promise<Buffer> } }, actor: Actor, id: string) {
  const article = await getArticle(deps, actor, id);
  const row = article.hasCover ? await findArticle(deps.db, actor.agencyId, id) : undefined;
  if (!row?.coverSha256 || !row.coverContentType) throw notFound({ vi: 'Tin bài chưa có ảnh đại diện', en: 'The article has no cover' });
  return { content: await deps.files.read(row.coverSha256), contentType: row.coverContentType };
}
