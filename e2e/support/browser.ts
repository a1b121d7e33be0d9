import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.js';

export const DEMO_PASSWORD = 'Congvu@2026';
export const baseUrl = () => inject('baseUrl');

/** A fresh browser context per journey, so cookies never leak between users; `url` for a journey's own server. */
export async function openPage(browser: Browser, url = baseUrl()): Promise<Page> {
  const context = await browser.newContext({ baseURL: url, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  // Generous: CI machines have two cores shared by the server, the database and Chromium.
  page.setDefaultTimeout(30_000);
  return page;
}

export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

export { launchChromium };
