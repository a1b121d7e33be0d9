import { describe } from 'vitest';
import { expect, test, type TestApp, type NewsFixture } from '../../test/fixtures/index.js';

let f: NewsFixture;
let t: TestApp;
test.beforeAll(({ app, news }) => {
  t = app;
  f = news;
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('public news pages, without login', () => {
  test('shows a published article on the home, category and article pages, escaped, with Open Graph tags', async () => {
    const article = await f.publishedArticle({
      title: 'Hội nghị <quán triệt> & "cam kết"',
      category: 'directive_24',
      bodyHtml: '<h2>Kết quả</h2><p>Đã quán triệt.</p>',
    });
    const other = await f.publishedArticle({ title: 'Gương sáng của Văn phòng', category: 'role_models' });
    const home = await get(f.publicUrl('/tin-tuc'));
    expect(home.statusCode, home.body).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.body).toContain('Hội nghị &lt;quán triệt&gt; &amp; &quot;cam kết&quot;');
    expect(home.body).not.toContain('<quán triệt>');
    expect(home.body).toContain('href="/phan-anh"');
    expect(home.body).toContain('Gương điển hình');
    const category = await get(f.publicUrl('/tin-tuc/chuyen-muc/chi-thi-24'));
    expect(category.body).toContain(article.slug);
    expect(category.body).not.toContain(other.slug);
    const page = await get(f.publicUrl(`/tin-tuc/${article.slug}`));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>Kết quả</h2><p>Đã quán triệt.</p>');
    expect(page.body).toContain('<meta property="og:title" content="Hội nghị &lt;quán triệt&gt; &amp; &quot;cam kết&quot;">');
    expect(page.body).toContain('<meta property="og:type" content="article">');
    expect(page.body).toContain('Các tin tức khác');
    expect(page.body).toContain(`/tin-tuc/${other.slug}?co-quan=`);
  });

  test('hides drafts, articles in review, unpublished and scheduled articles until their time', async () => {
    const draft = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Bản nháp công khai' }))).json();
    const withdrawn = await f.publishedArticle({ title: 'Tin bị gỡ' });
    await f.clients.leader.post(`/api/v1/news/${withdrawn.id}/unpublish`, { reason: 'Sai số liệu' });
    const at = new Date(t.clock.now().getTime() + 3_600_000);
    const scheduled = await f.publishedArticle({ title: 'Tin hẹn giờ đăng' }, at.toISOString());
    for (const slug of [draft.slug, withdrawn.slug, scheduled.slug]) expect((await get(f.publicUrl(`/tin-tuc/${slug}`))).statusCode).toBe(404);
    const home = (await get(f.publicUrl('/tin-tuc'))).body;
    expect(home).not.toContain('Bản nháp công khai');
    expect(home).not.toContain('Tin hẹn giờ đăng');
    expect((await get(f.publicUrl('/rss.xml'))).body).not.toContain('Tin hẹn giờ đăng');
    t.clock.set(new Date(at.getTime() + 1000));
    expect((await get(f.publicUrl(`/tin-tuc/${scheduled.slug}`))).statusCode).toBe(200);
    expect((await get(f.publicUrl('/rss.xml'))).body).toContain('Tin hẹn giờ đăng');
  });

  test('serves sitemap.xml and rss.xml with absolute links of published articles only', async () => {
    const article = await f.publishedArticle({ title: 'Tin cho bản đồ trang' });
    const sitemap = await get(f.publicUrl('/sitemap.xml'));
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toMatch(new RegExp(`<loc>http://[^<]+/tin-tuc/${article.slug}\\?co-quan=`));
    const rss = await get(f.publicUrl('/rss.xml'));
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain('<title>Tin cho bản đồ trang</title>');
  });

  test('keeps agencies apart, asks which agency when several exist, and answers 404 for unknown pages', async () => {
    const article = await f.publishedArticle({ title: 'Tin riêng của cơ quan' });
    const picker = await get('/tin-tuc');
    expect(picker.statusCode).toBe(200);
    expect(picker.body).toContain('Chọn cơ quan');
    expect((await get(`/tin-tuc/${article.slug}?co-quan=khong-co`)).statusCode).toBe(404);
    expect((await get(f.publicUrl('/tin-tuc/khong-co-tin-nay'))).statusCode).toBe(404);
    expect((await get(f.publicUrl('/tin-tuc/chuyen-muc/the-thao'))).statusCode).toBe(404);
    expect((await get(f.publicUrl('/tin-tuc/anh/00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    expect((await get(`/tin-tuc/${article.slug}?co-quan=${encodeURIComponent(f.otherCode)}`)).statusCode).toBe(404);
  });

  test('pages a category with a cursor', async () => {
    for (let i = 0; i < 13; i++)
      await f.publishedArticle({ title: `Văn bản mới số ${i}`, category: 'new_documents' }, new Date(t.clock.now().getTime() - (i + 1) * 60_000).toISOString());
    const first = (await get(f.publicUrl('/tin-tuc/chuyen-muc/van-ban-moi'))).body;
    const next = first.match(/href="([^"]*truoc=[^"]+)"/)![1].replace(/&amp;/g, '&');
    const second = (await get(next)).body;
    expect(first).toContain('Văn bản mới số 0');
    expect(second).toContain('Văn bản mới số 12');
    expect(second).not.toContain('Văn bản mới số 0<');
  });
});
