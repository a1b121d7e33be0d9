import { describe } from 'vitest';
import { expect, test, type TestApp, type NewsFixture } from '../../test/fixtures/index.js';

let f: NewsFixture;
let t: TestApp;
test.beforeAll(({ app, news }) => {
  t = app;
  f = news;
});

describe('writing and publishing an article', () => {
  test('an editor writes a draft, submits it, a leader publishes it', async () => {
    const created = await f.clients.editor.post(
      '/api/v1/news',
      f.articleBody({ bodyHtml: '<p onclick="x()">An toàn</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>' }),
    );
    expect(created.statusCode).toBe(200);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      slug: 'hoi-nghi-quan-triet-chi-thi-24-ct-tu',
      authorName: 'Vũ Thị Biên',
      abilities: { edit: true, submit: true, publish: false },
    });
    expect(draft.bodyHtml).toBe('<p>An toàn</p><a rel="noopener noreferrer nofollow">x</a>');
    const submitted = await f.clients.editor.post(`/api/v1/news/${draft.id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'review' });
    expect((await f.clients.editor.post(`/api/v1/news/${draft.id}/publish`, {})).statusCode).toBe(403);
    const published = await f.clients.leader.post(`/api/v1/news/${draft.id}/publish`, {});
    expect(published.json()).toMatchObject({
      status: 'published',
      publishedByName: 'Lê Thị Thanh Hà',
      isScheduled: false,
      publishAt: t.clock.now().toISOString(),
    });
    expect((await f.clients.editor.put(`/api/v1/news/${draft.id}`, f.articleBody({ title: 'Sửa sau khi đăng' }))).statusCode).toBe(403);
    const unpublished = await f.clients.leader.post(`/api/v1/news/${draft.id}/unpublish`, { reason: 'Cần bổ sung ảnh' });
    expect(unpublished.json()).toMatchObject({ status: 'unpublished' });
    const audit = await f.clients.admin.get(`/api/v1/audit?subjectType=news_article&subjectId=${draft.id}`);
    if (audit.statusCode === 200) expect(JSON.stringify(audit.json())).toContain('news.unpublished');
  });

  test('gives a repeated title the next free slug and refuses a taken one', async () => {
    const first = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Tin trùng tên' }))).json();
    const second = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Tin trùng tên' }))).json();
    expect([first.slug, second.slug]).toEqual(['tin-trung-ten', 'tin-trung-ten-2']);
    const taken = await f.clients.editor.post('/api/v1/news', f.articleBody({ slug: 'tin-trung-ten' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe('body.slug');
  });

  test('a leader returns an article in review to draft with a reason', async () => {
    const id = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Trả lại' }))).json().id;
    await f.clients.editor.post(`/api/v1/news/${id}/submit`);
    expect((await f.clients.leader.post(`/api/v1/news/${id}/return`, { reason: 'Viết lại phần mở đầu' })).json()).toMatchObject({ status: 'draft' });
    expect((await f.clients.leader.post(`/api/v1/news/${id}/return`, { reason: 'Lần hai' })).json().code).toBe('cannot_returnToDraft');
    expect((await f.clients.leader.post(`/api/v1/news/${id}/unpublish`, { reason: 'x' })).statusCode).toBe(409);
  });

  test('lists related news by category and shared tags', async () => {
    const a = await f.publishedArticle({ title: 'Tin liên quan A', category: 'role_models', tags: ['Gương sáng'] });
    const b = await f.publishedArticle({ title: 'Tin liên quan B', category: 'agency_activities', tags: ['Gương sáng'] });
    const detail = (await f.clients.staff.get(`/api/v1/news/${a.id}`)).json();
    expect(detail.related.map((r: { id: string }) => r.id)).toContain(b.id);
    const untagged = await f.publishedArticle({ title: 'Tin không có từ khóa', category: 'role_models', tags: [] });
    const plain = await f.clients.staff.get(`/api/v1/news/${untagged.id}`);
    expect(plain.statusCode).toBe(200);
    expect(plain.json().related.map((r: { id: string }) => r.id)).toContain(a.id);
  });

  test('stores a PNG cover through the file store and serves it', async () => {
    const id = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Tin có ảnh' }))).json().id;
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d8f6c40000000049454e44ae426082',
      'hex',
    );
    const boundary = '----b';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const set = await f.clients.editor.send('POST', `/api/v1/news/${id}/cover`, payload, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(set.json()).toMatchObject({ hasCover: true });
    const cover = await f.clients.editor.get(`/api/v1/news/${id}/cover`);
    expect(cover.headers['content-type']).toBe('image/png');
    expect(cover.rawPayload.equals(png)).toBe(true);
  });
});

describe('refusals', () => {
  test('staff cannot write, and see neither drafts nor scheduled articles', async () => {
    expect((await f.clients.staff.post('/api/v1/news', f.articleBody())).statusCode).toBe(403);
    const draft = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Bản nháp kín' }))).json();
    expect((await f.clients.staff.get(`/api/v1/news/${draft.id}`)).statusCode).toBe(404);
    expect((await f.clients.staff.post(`/api/v1/news/${draft.id}/submit`)).statusCode).toBe(404);
    const scheduled = await f.publishedArticle({ title: 'Tin hẹn giờ' }, new Date(t.clock.now().getTime() + 86_400_000).toISOString());
    expect((await f.clients.staff.get(`/api/v1/news/${scheduled.id}`)).statusCode).toBe(404);
    const list = (await f.clients.staff.get('/api/v1/news?limit=100')).json();
    expect(list.canWrite).toBe(false);
    expect(list.items.every((item: { status: string; isScheduled: boolean }) => item.status === 'published' && !item.isScheduled)).toBe(true);
  });

  test('another agency sees nothing (404)', async () => {
    const article = await f.publishedArticle({ title: 'Tin của cơ quan' });
    expect((await f.clients.otherEditor.get(`/api/v1/news/${article.id}`)).statusCode).toBe(404);
    expect((await f.clients.otherEditor.put(`/api/v1/news/${article.id}`, f.articleBody())).statusCode).toBe(404);
    expect((await f.clients.otherEditor.post(`/api/v1/news/${article.id}/unpublish`, { reason: 'x' })).statusCode).toBe(404);
  });

  test.each([
    ['no title', { title: '' }, 'body.title'],
    ['an unknown category', { category: 'sport' }, 'body.category'],
    ['a slug with capitals', { slug: 'Tin-Moi' }, 'body.slug'],
    ['a body that sanitises to nothing', { bodyHtml: '<script>alert(1)</script>' }, 'body.bodyHtml'],
  ])('answers 400 for %s, naming the field', async (_name, overrides, field) => {
    const response = await f.clients.editor.post('/api/v1/news', f.articleBody(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().message.vi).toBeTruthy();
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  test('refuses a bad publish time, a missing reason, a bad id, no session and no CSRF token', async () => {
    const id = (await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Từ chối' }))).json().id;
    expect((await f.clients.leader.post(`/api/v1/news/${id}/publish`, { publishAt: 'mai' })).statusCode).toBe(400);
    expect((await f.clients.leader.post(`/api/v1/news/${id}/unpublish`, {})).statusCode).toBe(400);
    expect((await f.clients.leader.get('/api/v1/news/khong-phai-id')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/news' })).statusCode).toBe(401);
    expect((await f.clients.editor.post('/api/v1/news', f.articleBody(), { headers: { 'x-csrf-token': 'sai' } })).statusCode).toBe(403);
    expect((await f.clients.editor.get('/api/v1/news?cursor=zzz')).statusCode).toBe(400);
    const cover = await f.clients.editor.send('POST', `/api/v1/news/${id}/cover`, Buffer.from('%PDF-1.4\n'), {
      headers: { 'content-type': 'application/json' },
    });
    expect(cover.statusCode).toBe(400);
  });
});
