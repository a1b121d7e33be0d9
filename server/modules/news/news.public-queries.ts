import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { newsArticles } from '../../db/schema/index.js';

/** What a public page shows of an article: never its workflow, editors or drafts. */
const publicColumns = {
  id: newsArticles.id,
  slug: newsArticles.slug,
  title: newsArticles.title,
  summary: newsArticles.summary,
  category: newsArticles.category,
  tags: newsArticles.tags,
  publishAt: newsArticles.publishAt,
  updatedAt: newsArticles.updatedAt,
  hasCover: sql<boolean>`${newsArticles.coverSha256} is not null`.as('has_cover'),
};
export type PublicArticle = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category: string;
  tags: string[];
  publishAt: Date;
  updatedAt: Date;
  hasCover: boolean;
};

/** Published and its time has come: scheduled articles stay hidden until then, with no job to wake them. */
const visible = (agencyId: string, now: Date) =>
  and(eq(newsArticles.agencyId, agencyId), eq(newsArticles.status, 'published'), sql`${newsArticles.publishAt} <= ${now}`);

export async function latestArticles(
  db: Db,
  agencyId: string,
  now: Date,
  limit: number,
  category?: string,
  before?: { publishAt: Date; id: string },
): Promise<PublicArticle[]> {
  const conditions = [visible(agencyId, now)];
  if (category) conditions.push(eq(newsArticles.category, category));
  if (before) conditions.push(sql`(${newsArticles.publishAt}, ${newsArticles.id}) < (${before.publishAt}, ${before.id}::uuid)`);
  const rows = await db
    .select(publicColumns)
    .from(newsArticles)
    .where(and(...conditions))
    .orderBy(desc(newsArticles.publishAt), desc(newsArticles.id))
    .limit(limit);
  return rows as PublicArticle[];
}

/** The newest few articles of every category, in one statement. */
export async function latestByCategory(db: Db, agencyId: string, now: Date, perCategory: number): Promise<PublicArticle[]> {
  const ranked = db
    .select({
      ...publicColumns,
      rank: sql<number>`row_number() over (partition by ${newsArticles.category} order by ${newsArticles.publishAt} desc, ${newsArticles.id} desc)`.as('rank'),
    })
    .from(newsArticles)
    .where(visible(agencyId, now))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${perCategory}`)
    .orderBy(desc(ranked.publishAt));
  // Columns read through a subquery come back as the driver gives them: instants as text on PGlite.
  return rows.map(
    ({ rank: _rank, ...row }) =>
      ({ ...row, publishAt: new Date(row.publishAt as unknown as string), updatedAt: new Date(row.updatedAt as unknown as string) }) as PublicArticle,
  );
}

export async function visibleArticleBySlug(db: Db, agencyId: string, slug: string, now: Date) {
  const [row] = await db
    .select({ ...publicColumns, bodyHtml: newsArticles.bodyHtml, authorName: newsArticles.authorName })
    .from(newsArticles)
    .where(and(visible(agencyId, now), eq(newsArticles.slug, slug)));
  return row as (PublicArticle & { bodyHtml: string; authorName: string }) | undefined;
}

export async function otherArticles(db: Db, agencyId: string, exceptId: string, now: Date, limit: number): Promise<PublicArticle[]> {
  const rows = await db
    .select(publicColumns)
    .from(newsArticles)
    .where(and(visible(agencyId, now), ne(newsArticles.id, exceptId)))
    .orderBy(desc(newsArticles.publishAt), desc(newsArticles.id))
    .limit(limit);
  return rows as PublicArticle[];
}

export async function visibleCover(db: Db, agencyId: string, id: string, now: Date) {
  const [row] = await db
    .select({ sha256: newsArticles.coverSha256, contentType: newsArticles.coverContentType })
    .from(newsArticles)
    .where(and(visible(agencyId, now), eq(newsArticles.id, id)));
  return row?.sha256 && row.contentType ? { sha256: row.sha256, contentType: row.contentType } : undefined;
}
