import type { Browser, Page } from 'playwright-core';
import { baseUrl } from './browser.js';

export const PHONE = { width: 390, height: 844 };

/** A phone-sized context (390×844, touch), Vietnamese, in Hà Nội's time zone. */
export async function openPhonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/** How far the page is wider than the screen (0 when nothing sticks out sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
