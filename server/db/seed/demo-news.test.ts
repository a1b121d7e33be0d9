import { createFileStore } from '../../platform/files.js';
import { seedDemoAgency, type SeededAgency } from './demo-agency.js';
import { seedDemoNews } from './demo-news.js';
import { expect, test, type TestApp } from '../../test/fixtures/index.js';

let t: TestApp;
let seeded: SeededAgency;
let run: string;
test.override('appOptions', { now: new Date('2026-03-10T03:00:00Z') });
test.beforeAll(async ({ app }) => {
  t = app;
  run = `nw${Date.now().toString(36)}`;
  seeded = await seedDemoAgency(t.database.db, t.clock, { agencyCode: `DEMO-${run}`, usernamePrefix: `${run}-` });
  await seedDemoNews(t.database.db, t.clock.now(), seeded, { files: createFileStore('.tmp/demo-news-files'), usernamePrefix: `${run}-` });
});

test('publishes the demo articles, the 02/11/2023 conference among them, in every category', async () => {
  const home = await t.app.inject({ method: 'GET', url: `/tin-tuc?co-quan=DEMO-${run}` });
  expect(home.statusCode).toBe(200);
  for (const category of ['Hoạt động cơ quan', 'Chỉ thị 24', 'Văn bản mới', 'Gương điển hình']) expect(home.body).toContain(category);
  const conference = await t.app.inject({
    method: 'GET',
    url: `/tin-tuc/hoi-nghi-quan-triet-chi-thi-so-24-ct-tu-ngay-07-8-2023-cua-ban-thuong-vu-thanh-uy?co-quan=DEMO-${run}`,
  });
  expect(conference.statusCode).toBe(200);
  expect(conference.body).toContain('02/11/2023');
  const rss = (await t.app.inject({ method: 'GET', url: `/rss.xml?co-quan=DEMO-${run}` })).body;
  expect(rss.match(/<item>/g)).toHaveLength(10);
  expect(rss).not.toContain('Kiểm tra việc thực hiện Chỉ thị 24');
  expect(rss).not.toContain('lịch tiếp công dân');
});
