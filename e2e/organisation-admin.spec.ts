import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('the administrator adds a unit and a person, finds the person without diacritics, and logs out', async () => {
  const page = await openPage(browser);
  await logIn(page, 'admin');
  await page.getByRole('menuitem', { name: 'Tổ chức, cán bộ' }).click();
  await page.waitForURL('**/to-chuc');

  const tree = page.locator('.ant-tree');
  await tree.getByText('Ban Tuyên giáo', { exact: true }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unitDrawer = page.getByRole('dialog').filter({ hasText: 'Tên đơn vị' });
  await unitDrawer.getByLabel('Tên đơn vị').fill('Tổ Thông tin cơ sở');
  await unitDrawer.getByLabel('Mã đơn vị').fill('BTG-TTCS');
  await unitDrawer.getByRole('button', { name: 'Lưu' }).click();
  await tree.getByText('Tổ Thông tin cơ sở').waitFor();
  await tree.getByText('Tổ Thông tin cơ sở').click();
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const personDrawer = page.getByRole('dialog').filter({ hasText: 'Họ và tên' });
  await personDrawer.getByLabel('Họ và tên').fill('Khúc Thị Diệu Hương');
  await personDrawer.getByLabel('Chức vụ').fill('Chuyên viên');
  await personDrawer.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu').first().waitFor();

  await page.getByRole('button', { name: 'Toàn cơ quan' }).click();
  await page.getByPlaceholder('Tìm cán bộ').fill('khuc thi dieu huong');
  await expect.poll(() => page.locator('.ant-table-row').filter({ hasText: 'Khúc Thị Diệu Hương' }).count()).toBe(1);
  await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);

  // The health screen: the schema is current and the daily jobs' runs are listed.
  await page.goto('/tinh-trang-he-thong');
  await page.getByText('Máy chủ và cơ sở dữ liệu').waitFor();
  await page.getByText('Đã cập nhật').waitFor();
  await page.getByText('Sao lưu định kỳ').first().waitFor();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL('**/dang-nhap');
  await page.goto('/to-chuc');
  await page.waitForURL('**/dang-nhap**');
});
