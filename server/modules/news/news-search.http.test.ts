import { describe } from 'vitest';
import { expect, test, type NewsFixture } from '../../test/fixtures/index.js';

let f: NewsFixture;
test.beforeAll(({ news }) => {
  f = news;
});

const titlesOf = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

describe('searching the editors’ news list without diacritics', () => {
  test('q finds "đùn đẩy" from "dun day" in every state and leaves the others out', async () => {
    const shirking = 'Xử lý nghiêm việc đùn đẩy, né tránh trách nhiệm';
    await f.clients.editor.post('/api/v1/news', f.articleBody({ title: shirking }));
    await f.clients.editor.post('/api/v1/news', f.articleBody({ title: 'Khánh thành trụ sở mới', summary: 'Trụ sở làm việc mới của cơ quan.', tags: [] }));
    expect(titlesOf((await f.clients.editor.get('/api/v1/news?q=dun%20day')).json())).toEqual([shirking]);
    expect(titlesOf((await f.clients.editor.get('/api/v1/news?q=tru%20so&status=draft')).json())).toEqual(['Khánh thành trụ sở mới']);
    expect((await f.clients.editor.get('/api/v1/news?q=dun%20day&status=published')).json().items).toEqual([]);
    expect((await f.clients.editor.get('/api/v1/news?q=khong%20co%20tin%20nay')).json().items).toEqual([]);
  });
});
