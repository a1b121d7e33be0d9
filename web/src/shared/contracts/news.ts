import type { z } from 'zod';
import type { Article, ArticleBody, ArticlePage, ArticleSummary, newsCategoryList } from '../../../../contracts/news';

export type NewsCategoryItem = z.infer<typeof newsCategoryList>[number];
export type { Article, ArticleBody, ArticlePage, ArticleSummary };
export { newsCategories, newsCategoryInfo, type NewsCategory, type NewsStatus } from '../../../../contracts/news-vocabulary';
