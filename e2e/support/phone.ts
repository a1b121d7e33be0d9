import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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

/** Fails when anything on the page sticks out sideways, so a phone would have to scroll the whole page across. */
export async function expectFitsScreen(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

/** Fails when a visible control among `controls` is less than 44 px tall, too small for a fingertip (WCAG 2.5.5). */
export async function expectTouchTargets(controls: Locator, where: string) {
  await controls.first().waitFor();
  const sizes = await controls.evaluateAll((elements) =>
    elements
      .map((element) => ({ name: element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .map(({ name, box }) => ({ name, height: Math.round(box.height) })),
  );
  expect(sizes.length, `${where}: no control to press`).toBeGreaterThan(0);
  expect(
    sizes.filter(({ height }) => height < 44),
    `${where}: controls smaller than a fingertip`,
  ).toEqual([]);
}
