import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { newsArticles } from '../../db/schema/index.js';

export type ArticleRow = typeof newsArticles.$inferSelect;
export type ArticleInsert = typeof newsArticles.$inferInsert;

export async function findArticle(db: Db | Tx, agencyId: string, id: string): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(newsArticles)
    .where(and(eq(newsArticles.agencyId, agencyId), eq(newsArticles.id, id)));
  return row;
}

export async function lockArticle(tx: Tx, agencyId: string, id: string): Promise<ArticleRow | undefined> {
  const [row] = await tx
    .select()
    .from(newsArticles)
    .where(and(eq(newsArticles.agencyId, agencyId), eq(newsArticles.id, id)))
    .for('update');
  return row;
}

export async function isSlugTaken(db: Db | Tx, agencyId: string, slug: string, exceptId: string | null): Promise<boolean> {
  const conditions = [eq(newsArticles.agencyId, agencyId), eq(newsArticles.slug, slug)];
  if (exceptId) conditions.push(ne(newsArticles.id, exceptId));
  const rows = await db
    .select({ id: newsArticles.id })
    .from(newsArticles)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

/** Slugs of the agency starting with `base`, to pick the next free one. */
export async function slugsLike(db: Db | Tx, agencyId: string, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: newsArticles.slug })
    .from(newsArticles)
    .where(and(eq(newsArticles.agencyId, agencyId), sql`${newsArticles.slug} like ${`${base.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`));
  return rows.map((row) => row.slug);
}

export async function insertArticle(tx: Tx, values: ArticleInsert) {
  await tx.insert(newsArticles).values(values);
}

export async function updateArticle(tx: Tx, id: string, values: Partial<ArticleInsert>) {
  await tx.update(newsArticles).set(values).where(eq(newsArticles.id, id));
}

/** Other visible articles sharing the category or a tag, newest first. */
export async function relatedArticles(db: Db | Tx, article: ArticleRow, now: Date, limit = 5) {
  const sharesTag = article.tags.length > 0 ? sql`${newsArticles.tags} && ${sql.param(article.tags)}::text[]` : sql`false`;
  return (
    db
      .select({ id: newsArticles.id, slug: newsArticles.slug, title: newsArticles.title, publishAt: newsArticles.publishAt })
      .from(newsArticles)
      .where(
        and(
          eq(newsArticles.agencyId, article.agencyId),
          eq(newsArticles.status, 'published'),
          sql`${newsArticles.publishAt} <= ${now}`,
          ne(newsArticles.id, article.id),
          sql`(${newsArticles.category} = ${article.category} or ${sharesTag})`,
        ),
      )
      // Sharing a tag ranks first; without tags there is nothing to rank by (a constant may not be an ORDER BY term).
      .orderBy(...(article.tags.length > 0 ? [sql`(${sharesTag}) desc`] : []), desc(newsArticles.publishAt), desc(newsArticles.id))
      .limit(limit)
  );
}
