import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openPhonePage } from './support/phone.js';
import { kilobytes, measureColdLoad } from './support/weight.js';

// Phones pay for every byte: the first pages a person opens must stay small (issue 30).
const BUDGET_BYTES = 400 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('the login page loads in under 400 KB transferred, compressed', async () => {
  const page = await openPage(browser);
  const weight = await measureColdLoad(page, '/dang-nhap', (p) => p.getByRole('button', { name: 'Đăng nhập' }).waitFor());
  console.info(`login page: ${kilobytes(weight.bytes)} KB in ${weight.requests} requests`);
  expect(weight.bytes).toBeLessThan(BUDGET_BYTES);
});

async function measureMyWork(page: Page) {
  await logIn(page, 'canbo1');
  // The home page the login lands on finishes loading first, so only "Việc của tôi" is counted.
  await page.waitForLoadState('networkidle');
  return measureColdLoad(page, '/viec-cua-toi', (p) => p.getByRole('heading', { name: 'Việc của tôi' }).waitFor());
}

it('"Việc của tôi" on a phone (390×844) loads in under 400 KB transferred', async () => {
  const weight = await measureMyWork(await openPhonePage(browser));
  console.info(`my work, 390 px: ${kilobytes(weight.bytes)} KB in ${weight.requests} requests`);
  expect(weight.bytes).toBeLessThan(BUDGET_BYTES);
});

// The wide screen shows a table instead of cards: a plain HTML one, so antd's Table stays unloaded.
it('"Việc của tôi" at 1440×900 loads in under 400 KB transferred', async () => {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1440, height: 900 });
  const weight = await measureMyWork(page);
  console.info(`my work, 1440 px: ${kilobytes(weight.bytes)} KB in ${weight.requests} requests`);
  expect(weight.bytes).toBeLessThan(BUDGET_BYTES);
});
