import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('a staff member cannot open the administration pages', async () => {
  const page = await openPage(browser);
  await logIn(page, 'canbo1');
  await expect.poll(() => page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).count()).toBe(0);
  for (const path of ['/to-chuc', '/to-chuc/nhap', '/nhat-ky']) {
    await page.goto(path);
    await page.getByText('Không có quyền truy cập').waitFor();
  }
});

it("a wrong password shows the server's message in Vietnamese", async () => {
  const page = await openPage(browser);
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill('canbo2');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
});
