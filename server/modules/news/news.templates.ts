import { newsCategories, newsCategoryInfo, type NewsCategory } from '../../../contracts/news-vocabulary.js';
import { formatPublicDate, html, trusted, type TrustedHtml } from '../../platform/public-html.js';
import type { PublicArticle } from './news.public-queries.js';

/** The agency a public page is about, and how its links keep pointing at it. */
export interface Site {
  agency: { id: string; code: string; name: string };
  /** '' when the instance holds one agency, else '?co-quan=CODE'. */
  query: string;
  origin: string;
}

export const linkTo = (site: Site, path: string) => `${path}${site.query}`;
export const absolute = (site: Site, path: string) => `${site.origin}${linkTo(site, path)}`;
export const categoryLabel = (code: string) => newsCategoryInfo[code as NewsCategory]?.label.vi ?? code;
export const coverUrl = (site: Site, article: { id: string; hasCover: boolean }) => (article.hasCover ? linkTo(site, `/tin-tuc/anh/${article.id}`) : null);

export function siteNav(site: Site): TrustedHtml {
  return html`<header class="site"><div class="bar"><a class="brand" href="${linkTo(site, '/tin-tuc')}">${site.agency.name}</a><a class="cta" href="/phan-anh">Gửi phản ánh, kiến nghị</a></div></header>
<nav class="categories"><div class="bar"><a href="${linkTo(site, '/tin-tuc')}">Trang chủ</a>${newsCategories.map(
    (code) => html`<a href="${linkTo(site, `/tin-tuc/chuyen-muc/${newsCategoryInfo[code].slug}`)}">${newsCategoryInfo[code].label.vi}</a>`,
  )}<a href="${linkTo(site, '/cong-khai')}">Công khai kết quả</a><a href="${linkTo(site, '/lich-cong-tac')}">Lịch công tác</a></div></nav>`;
}

export function articleCard(site: Site, article: PublicArticle, withSummary = true): TrustedHtml {
  const cover = coverUrl(site, article);
  return html`<div class="card">${cover ? html`<a href="${linkTo(site, `/tin-tuc/${article.slug}`)}"><img src="${cover}" alt="${article.title}" loading="lazy"></a>` : ''}
<h3><a href="${linkTo(site, `/tin-tuc/${article.slug}`)}">${article.title}</a></h3>
<div class="meta">${formatPublicDate(article.publishAt)} · ${categoryLabel(article.category)}</div>${withSummary && article.summary ? html`<p>${article.summary}</p>` : ''}</div>`;
}

export function homeBody(site: Site, latest: PublicArticle[]): TrustedHtml {
  const sections = newsCategories
    .map((code) => ({ code, items: latest.filter((article) => article.category === code) }))
    .filter((section) => section.items.length > 0);
  return html`<h1>Tin tức</h1>
<p><a class="cta" href="/phan-anh">Phản ánh về cán bộ, công chức, đơn vị</a> <a href="/phan-anh/theo-doi">Theo dõi phản ánh đã gửi</a></p>
${sections.length === 0 ? html`<p>Chưa có tin bài nào được đăng.</p>` : ''}
${sections.map(
  (section) =>
    html`<section><h2><a href="${linkTo(site, `/tin-tuc/chuyen-muc/${newsCategoryInfo[section.code].slug}`)}">${newsCategoryInfo[section.code].label.vi}</a></h2><div class="grid">${section.items.map((article) => articleCard(site, article))}</div></section>`,
)}`;
}

export function categoryBody(site: Site, code: NewsCategory, items: PublicArticle[], nextHref: string | null): TrustedHtml {
  return html`<h1>${newsCategoryInfo[code].label.vi}</h1>
${items.length === 0 ? html`<p>Chuyên mục chưa có tin bài.</p>` : html`<div class="grid">${items.map((article) => articleCard(site, article))}</div>`}
${nextHref ? html`<p><a href="${nextHref}">Tin cũ hơn →</a></p>` : ''}`;
}

export function articleBody(site: Site, article: PublicArticle & { bodyHtml: string; authorName: string }, others: PublicArticle[]): TrustedHtml {
  const cover = coverUrl(site, article);
  return html`<p class="meta"><a href="${linkTo(site, `/tin-tuc/chuyen-muc/${newsCategoryInfo[article.category as NewsCategory]?.slug ?? ''}`)}">${categoryLabel(article.category)}</a></p>
<h1>${article.title}</h1>
<p class="meta">${formatPublicDate(article.publishAt)} · ${article.authorName}</p>
${article.summary ? html`<p><strong>${article.summary}</strong></p>` : ''}
${cover ? html`<p><img src="${cover}" alt="${article.title}" style="max-width:100%"></p>` : ''}
<article class="body">${trusted(article.bodyHtml)}</article>
${article.tags.length > 0 ? html`<p class="meta">Từ khóa: ${article.tags.join(', ')}</p>` : ''}
<p><a class="cta" href="/phan-anh">Gửi phản ánh, kiến nghị</a></p>
<section><h2>Các tin tức khác</h2>${others.map((other) => html`<div><a href="${linkTo(site, `/tin-tuc/${other.slug}`)}">${other.title}</a> <span class="meta">(${formatPublicDate(other.publishAt)})</span></div>`)}</section>`;
}

export function agencyPickerBody(agencies: { code: string; name: string }[], path: string): TrustedHtml {
  return html`<h1>Chọn cơ quan</h1><ul>${agencies.map((agency) => html`<li><a href="${`${path}?co-quan=${encodeURIComponent(agency.code)}`}">${agency.name}</a></li>`)}</ul>`;
}

const xml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function sitemapXml(site: Site, articles: PublicArticle[]): string {
  const urls = [absolute(site, '/tin-tuc'), ...newsCategories.map((code) => absolute(site, `/tin-tuc/chuyen-muc/${newsCategoryInfo[code].slug}`))].map(
    (loc) => `<url><loc>${xml(loc)}</loc></url>`,
  );
  for (const article of articles)
    urls.push(`<url><loc>${xml(absolute(site, `/tin-tuc/${article.slug}`))}</loc><lastmod>${article.updatedAt.toISOString()}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function rssXml(site: Site, articles: PublicArticle[]): string {
  const items = articles.map(
    (a) =>
      `<item><title>${xml(a.title)}</title><link>${xml(absolute(site, `/tin-tuc/${a.slug}`))}</link><guid isPermaLink="false">${a.id}</guid><pubDate>${a.publishAt.toUTCString()}</pubDate><category>${xml(categoryLabel(a.category))}</category><description>${xml(a.summary)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xml(`Tin tức - ${site.agency.name}`)}</title><link>${xml(absolute(site, '/tin-tuc'))}</link><description>${xml(`Tin tức của ${site.agency.name}`)}</description><language>vi</language>\n${items.join('\n')}\n</channel></rss>\n`;
}
