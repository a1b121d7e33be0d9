import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
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

it('"Việc của tôi" is measured with an empty cache (recorded in docs/performance.md)', async () => {
  const page = await openPage(browser);
  await logIn(page, 'canbo1');
  const weight = await measureColdLoad(page, '/viec-cua-toi', (p) => p.getByRole('heading', { name: 'Việc của tôi' }).waitFor());
  console.info(`my work: ${kilobytes(weight.bytes)} KB in ${weight.requests} requests`);
  expect(weight.bytes).toBeGreaterThan(0);
});
