export { newsRoutes } from './news.routes.js';
export type { NewsDeps } from './news.deps.js';
export { newsPublicPages, siteOf, type PublicPagesDeps } from './news.pages.js';
export { createArticle, moveArticle } from './news.service.js';
export { linkTo, siteNav, type Site } from './news.templates.js';
/** For the global search: the articles the actor may read. */
export { listArticles } from './news.queries.js';
