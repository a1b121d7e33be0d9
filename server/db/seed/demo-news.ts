import { createArticle, moveArticle } from '../../modules/news/index.js';
import type { FileStore } from '../../platform/files.js';
import type { Db } from '../client.js';
import type { SeededAgency } from './demo-agency.js';
import { demoWorkContext } from './demo-context.js';
import { DEMO_ARTICLES } from './demo-news-articles.js';

/**
 * The demo portal: the editor writes a dozen articles, the leader publishes them at their dates
 * (one stays in review, one is scheduled for next week), so /tin-tuc shows every category.
 */
export async function seedDemoNews(db: Db, now: Date, _seeded: SeededAgency, options: { files: FileStore; usernamePrefix?: string }) {
  const { clock, deps: base, actor } = demoWorkContext(db, now, options.usernamePrefix);
  const deps = { db: base.db, clock, files: options.files };
  const editor = await actor('bientap');
  const leader = await actor('lanhdao');
  for (const article of DEMO_ARTICLES) {
    const id = await createArticle(deps, editor, {
      title: article.title,
      summary: article.summary,
      bodyHtml: article.bodyHtml,
      category: article.category,
      tags: article.tags,
    });
    await moveArticle(deps, editor, id, { name: 'submit' });
    if (article.publishAt === 'review') continue;
    const publishAt =
      article.publishAt === 'scheduled'
        ? new Date(now.getTime() + 7 * 86_400_000).toISOString()
        : typeof article.publishAt === 'string'
          ? article.publishAt
          : new Date(now.getTime() - article.publishAt.daysAgo * 86_400_000).toISOString();
    await moveArticle(deps, leader, id, { name: 'publish', publishAt });
  }
}
