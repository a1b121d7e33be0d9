import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { choose } from './support/select.js';

// Issue 27, points 4 and 16 in the browser: one's own sessions, and a due date typed on a holiday.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const dialog = (page: Page) => page.getByRole('dialog').last();

async function fillDate(field: Locator, label: string, date: string) {
  const input = field.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
  await field.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
}

it('lists my sessions and ends the other one', async () => {
  const here = await openPage(browser);
  await logIn(here, 'canbo1');
  const there = await openPage(browser);
  await logIn(there, 'canbo1');
  await here.getByRole('button', { name: 'Phiên đăng nhập' }).click();
  await here.getByRole('heading', { name: 'Phiên đăng nhập' }).waitFor();
  await here.getByText('Phiên này').waitFor();
  expect(await here.getByRole('button', { name: /Kết thúc$/ }).count()).toBeGreaterThanOrEqual(1);
  await here.getByRole('button', { name: 'Kết thúc mọi phiên khác' }).click();
  await here
    .getByRole('tooltip')
    .getByRole('button', { name: /OK|Đồng ý|Có/ })
    .click();
  await here.getByText('Đã kết thúc phiên').waitFor();
  expect(await here.getByRole('button', { name: /Kết thúc$/ }).count()).toBe(0);
});

/** A Sunday two to three weeks ahead, dd/mm/yyyy: never a working day, and never in the past. */
function comingSunday() {
  const day = new Date(Date.now() + 14 * 86_400_000);
  day.setDate(day.getDate() + ((7 - day.getDay()) % 7));
  return `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
}

it('warns of a due date on a day off and takes the next working day it offers', async () => {
  const sunday = comingSunday();
  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/viec-cua-toi');
  await head.getByRole('button', { name: 'Giao việc', exact: true }).first().click();
  const drawer = dialog(head);
  await drawer.getByLabel('Tên nhiệm vụ').fill('Chuẩn bị báo cáo tổng kết năm');
  await drawer.getByLabel('Sản phẩm đầu ra').fill('Báo cáo tổng kết');
  await choose(head, drawer, 'Người chủ trì', 'Trịnh Văn Dũng');
  await fillDate(drawer, 'Hạn hoàn thành', sunday);
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  // The warning with its two choices (the date field also shows the server's message under it).
  await drawer.locator('.ant-alert-title').getByText(`Ngày ${sunday} là ngày nghỉ (cuối tuần, lễ, Tết)`, { exact: true }).waitFor();
  await drawer.getByRole('button', { name: /^Dùng ngày / }).click();
  expect(await drawer.getByLabel('Hạn hoàn thành', { exact: true }).inputValue()).not.toBe(sunday);
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await head.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
});
