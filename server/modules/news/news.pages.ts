import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { newsCategories, newsCategoryInfo } from '../../../contracts/news-vocabulary.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { FileStore } from '../../platform/files.js';
import { html, renderPublicPage } from '../../platform/public-html.js';
import { findAgencyByCode, listPublicAgencies } from '../org/index.js';
import * as read from './news.public-queries.js';
import { absolute, agencyPickerBody, articleBody, categoryBody, coverUrl, homeBody, linkTo, rssXml, type Site, siteNav, sitemapXml } from './news.templates.js';

export interface PublicPagesDeps {
  db: Db;
  clock: Clock;
  files: FileStore;
}

const PAGE_SIZE = 12;

/**
 * The agency a public page is about: `?co-quan=CODE`, or the only agency of the instance.
 * With several agencies and none named, the visitor picks one (null is returned after answering).
 */
export async function siteOf(db: Db, request: FastifyRequest, reply: FastifyReply, path: string): Promise<Site | null> {
  const code = (request.query as Record<string, string | undefined>)['co-quan'];
  const origin = `${request.protocol}://${request.host}`;
  if (code) {
    const agency = await findAgencyByCode(db, code);
    if (agency) return { agency, query: `?co-quan=${encodeURIComponent(agency.code)}`, origin };
    await sendPage(reply.code(404), { title: 'Không tìm thấy cơ quan', body: html`<h1>Không tìm thấy cơ quan</h1><p><a href="${path}">Chọn cơ quan</a></p>` });
    return null;
  }
  const agencies = await listPublicAgencies(db);
  if (agencies.length === 1) return { agency: agencies[0], query: '', origin };
  await sendPage(reply, { title: 'Chọn cơ quan', body: agencyPickerBody(agencies, path) });
  return null;
}

function sendPage(
  reply: FastifyReply,
  page: { title: string; body: ReturnType<typeof html>; site?: Site; description?: string; url?: string; image?: string | null; type?: 'website' | 'article' },
) {
  const site = page.site;
  const text = renderPublicPage({
    title: page.title,
    description: page.description ?? page.title,
    url: page.url ?? (site ? absolute(site, '/tin-tuc') : ''),
    image: page.image ?? undefined,
    type: page.type,
    siteName: site?.agency.name ?? 'Công vụ',
    nav: site ? siteNav(site) : html``,
    body: page.body,
  });
  return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60').header('x-content-type-options', 'nosniff').send(text);
}

const notFoundPage = (reply: FastifyReply, site: Site) =>
  sendPage(reply.code(404), {
    site,
    title: 'Không tìm thấy trang',
    body: html`<h1>Không tìm thấy trang</h1><p><a href="${linkTo(site, '/tin-tuc')}">Về trang tin tức</a></p>`,
  });

/** The public portal: news pages, sitemap and RSS, server-rendered without login. */
export const newsPublicPages: FastifyPluginAsync<PublicPagesDeps> = async (app, deps) => {
  app.get('/tin-tuc', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, '/tin-tuc');
    if (!site) return reply;
    const latest = await read.latestByCategory(deps.db, site.agency.id, deps.clock.now(), 4);
    return sendPage(reply, {
      site,
      title: 'Tin tức',
      description: `Tin tức, hoạt động của ${site.agency.name}`,
      url: absolute(site, '/tin-tuc'),
      body: homeBody(site, latest),
    });
  });

  app.get<{ Params: { slug: string }; Querystring: { truoc?: string } }>('/tin-tuc/chuyen-muc/:slug', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, request.url.split('?')[0]);
    if (!site) return reply;
    const code = newsCategories.find((candidate) => newsCategoryInfo[candidate].slug === request.params.slug);
    if (!code) return notFoundPage(reply, site);
    const before = parseBefore(request.query.truoc);
    const rows = await read.latestArticles(deps.db, site.agency.id, deps.clock.now(), PAGE_SIZE + 1, code, before);
    const items = rows.slice(0, PAGE_SIZE);
    const last = items[items.length - 1];
    const path = `/tin-tuc/chuyen-muc/${request.params.slug}`;
    const nextHref =
      rows.length > PAGE_SIZE
        ? `${linkTo(site, path)}${site.query ? '&' : '?'}truoc=${encodeURIComponent(`${last.publishAt.toISOString()}_${last.id}`)}`
        : null;
    const label = newsCategoryInfo[code].label.vi;
    return sendPage(reply, {
      site,
      title: label,
      description: `${label} - ${site.agency.name}`,
      url: absolute(site, path),
      body: categoryBody(site, code, items, nextHref),
    });
  });

  app.get<{ Params: { id: string } }>('/tin-tuc/anh/:id', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, '/tin-tuc');
    if (!site) return reply;
    const cover = /^[0-9a-f-]{36}$/.test(request.params.id) ? await read.visibleCover(deps.db, site.agency.id, request.params.id, deps.clock.now()) : undefined;
    if (!cover) return notFoundPage(reply, site);
    return reply
      .type(cover.contentType)
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(await deps.files.read(cover.sha256));
  });

  app.get<{ Params: { slug: string } }>('/tin-tuc/:slug', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, request.url.split('?')[0]);
    if (!site) return reply;
    const now = deps.clock.now();
    const article = await read.visibleArticleBySlug(deps.db, site.agency.id, request.params.slug, now);
    if (!article) return notFoundPage(reply, site);
    const others = await read.otherArticles(deps.db, site.agency.id, article.id, now, 8);
    const image = coverUrl(site, article);
    return sendPage(reply, {
      site,
      type: 'article',
      title: article.title,
      description: article.summary || article.title,
      url: absolute(site, `/tin-tuc/${article.slug}`),
      image: image ? `${site.origin}${image}` : null,
      body: articleBody(site, article, others),
    });
  });

  app.get('/sitemap.xml', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, '/sitemap.xml');
    if (!site) return reply;
    const articles = await read.latestArticles(deps.db, site.agency.id, deps.clock.now(), 5000);
    return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(sitemapXml(site, articles));
  });

  app.get('/rss.xml', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, '/rss.xml');
    if (!site) return reply;
    const articles = await read.latestArticles(deps.db, site.agency.id, deps.clock.now(), 30);
    return reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(rssXml(site, articles));
  });
};

function parseBefore(value: string | undefined) {
  const match = value?.match(/^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([0-9a-f-]{36})$/);
  if (!match || Number.isNaN(Date.parse(match[1]))) return undefined;
  return { publishAt: new Date(match[1]), id: match[2] };
}
