import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const TITLE = 'Hành trình thử nghiệm: Văn phòng hoàn thành sớm kế hoạch quý';

it('an editor writes an article, a leader publishes it, an anonymous visitor reads it on the public pages', async () => {
  const editor = await openPage(browser);
  await logIn(editor, 'bientap');
  await editor.goto('/quan-ly-tin-tuc');
  await editor.getByRole('button', { name: 'Viết tin' }).click();
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
  await editor.getByLabel('Tóm tắt').fill('Văn phòng cơ quan hoàn thành kế hoạch quý trước hạn hai tuần.');
  await editor.locator('.news-editor-content').click();
  await editor.keyboard.type('Kết quả nổi bật');
  await editor.getByRole('button', { name: 'H2', exact: true }).click();
  await editor.keyboard.press('End');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Toàn bộ nhiệm vụ của quý được hoàn thành đúng hạn.');
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await editor.waitForURL(/\/quan-ly-tin-tuc\/[0-9a-f-]{36}$/);
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await editor.getByText('Chờ duyệt').first().waitFor();
  const articlePath = new URL(editor.url()).pathname;

  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto(articlePath);
  await leader.getByRole('button', { name: 'Đăng ngay' }).click();
  await leader.locator('.ant-popconfirm').getByRole('button').last().click();
  await leader.getByRole('button', { name: 'Gỡ tin' }).waitFor();

  const visitor = await openPage(browser);
  await visitor.setViewportSize({ width: 390, height: 844 });
  await visitor.goto('/tin-tuc');
  await visitor.getByRole('link', { name: TITLE }).first().click();
  await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await visitor.getByRole('heading', { level: 2, name: 'Kết quả nổi bật' }).waitFor();
  await visitor.getByText('Toàn bộ nhiệm vụ của quý được hoàn thành đúng hạn.').waitFor();
  await visitor.getByRole('heading', { name: 'Các tin tức khác' }).waitFor();
  expect(await visitor.locator('meta[property="og:title"]').getAttribute('content')).toBe(TITLE);
  await visitor.screenshot({ path: 'test-results/news-public-article.png', fullPage: true });
  await visitor.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).first().click();
  await visitor.waitForURL(/\/phan-anh$/);
});

it('a leader generates the quarterly report and downloads it', async () => {
  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto('/bao-cao');
  await choose(leader, leader, 'Đơn vị', 'Ban Tuyên giáo', { search: 'Tuyên giáo' });
  await leader.getByRole('button', { name: 'Lập báo cáo' }).click();
  const download = leader.waitForEvent('download');
  await leader
    .getByRole('link', { name: /Tải về/ })
    .or(leader.getByRole('button', { name: /Tải về/ }))
    .first()
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bao-cao-chi-thi-24-.*\.docx$/);
  const zip = await JSZip.loadAsync(await streamToBuffer(await file.createReadStream()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('BÁO CÁO');
  expect(xml).toContain('Bảng 3. Nhiệm vụ theo kết quả, theo đơn vị');
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
