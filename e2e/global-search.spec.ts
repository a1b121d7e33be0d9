import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const MEETING = 'Hội nghị quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy';

it('a leader types words without accents in the header, picks the meeting with the keyboard and it opens', async () => {
  const page = await openPage(browser);
  await logIn(page, 'lanhdao');
  const box = page.getByRole('combobox', { name: 'Tìm kiếm trong hệ thống' });
  await box.click();
  await box.fill('hoi nghi quan triet');
  const popup = page.locator('.global-search-popup');
  await popup.getByText('Hội nghị', { exact: true }).waitFor();
  await popup.getByText(MEETING).first().waitFor();

  // Escape closes the list; typing again opens it.
  await box.press('Escape');
  await popup.waitFor({ state: 'hidden' });
  await box.press('End');
  await box.press('Space');
  await popup.getByText(MEETING).first().waitFor();

  // Arrow keys walk the grouped options until the meeting is active; Enter opens it.
  const active = popup.locator('.ant-select-item-option-active');
  for (let step = 0; step < 30 && !((await active.textContent()) ?? '').includes(MEETING); step++) await box.press('ArrowDown');
  expect(await active.textContent()).toContain(MEETING);
  await box.press('Enter');
  await page.waitForURL(/\/hoi-nghi\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: MEETING }).first().waitFor();
  expect(await box.inputValue()).toBe('');
});
