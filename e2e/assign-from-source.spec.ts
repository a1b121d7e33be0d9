import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openedDialog } from './support/dialog.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens "Giao việc" on the unit board and fills what every task needs. */
async function startAssigning(page: Page, title: string) {
  await page.goto('/viec-don-vi');
  await page.getByRole('button', { name: 'Giao việc', exact: true }).click();
  const drawer = await openedDialog(page);
  await drawer.getByLabel('Tên nhiệm vụ').fill(title);
  await drawer.getByLabel('Sản phẩm đầu ra').fill('Báo cáo kết quả');
  await choose(page, drawer, 'Người chủ trì', 'Trịnh Văn Dũng');
  await drawer.getByLabel('Tính hạn theo ngày làm việc').click();
  await drawer.getByLabel('Số ngày làm việc').fill('5');
  return drawer;
}

it('a unit head assigns a task from a meeting conclusion and from a document, each searched on the server (the conclusion without diacritics), and the task links its source', async () => {
  const page = await openPage(browser);
  await logIn(page, 'truongban');

  let drawer = await startAssigning(page, 'Rà soát quy trình công việc của Ban Tuyên giáo');
  await choose(page, drawer, 'Nguồn nhiệm vụ', 'Kết luận hội nghị', { search: false });
  await choose(page, drawer, 'Kết luận hội nghị', 'rà soát quy trình công việc', { search: 'ra soat quy trinh' });
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await page.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  await page.locator('.task-facts a[href^="/hoi-nghi/"]').waitFor();
  await page.locator('.task-facts').getByText('rà soát quy trình công việc', { exact: false }).waitFor();
  // The conference now shows the conclusion as assigned: the picker no longer offers it.
  drawer = await startAssigning(page, 'Thực hiện Chỉ thị 24 tại Ban Tuyên giáo');
  await choose(page, drawer, 'Nguồn nhiệm vụ', 'Kết luận hội nghị', { search: false });
  await drawer.getByLabel('Kết luận hội nghị', { exact: true }).fill('ra soat quy trinh cong viec');
  await page.locator('.ant-select-dropdown:visible').getByText('Không có kết luận nào chưa được giao', { exact: false }).waitFor();

  await choose(page, drawer, 'Nguồn nhiệm vụ', 'Văn bản', { search: false });
  await choose(page, drawer, 'Văn bản', '24-CT/TU', { search: '24-ct/tu' });
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await page.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  await page.locator('.task-facts a[href^="/van-ban/"]').filter({ hasText: '24-CT/TU' }).click();
  await page.waitForURL(/\/van-ban\/[0-9a-f-]{36}$/);
});
