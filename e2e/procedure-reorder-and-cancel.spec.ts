import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openedDialog } from './support/dialog.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const stepNames = (page: Page) => Promise.all([1, 2, 3].map((n) => page.getByLabel(`Bước công việc ${n}`, { exact: true }).inputValue()));

it('a unit head reorders steps by dragging and from the keyboard buttons', async () => {
  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/quy-trinh/moi');
  for (const [index, name] of ['Tiếp nhận', 'Thẩm định', 'Trình ký'].entries()) {
    await head.getByRole('button', { name: 'Thêm bước', exact: true }).click();
    await head.getByLabel(`Bước công việc ${index + 1}`, { exact: true }).fill(name);
  }
  const handles = head.getByTitle('Kéo để đổi thứ tự bước');
  await handles.nth(2).dragTo(head.getByLabel('Bước công việc 1', { exact: true }));
  expect(await stepNames(head)).toEqual(['Trình ký', 'Tiếp nhận', 'Thẩm định']);
  await head.getByRole('button', { name: 'Chuyển xuống', exact: true }).first().click();
  expect(await stepNames(head)).toEqual(['Tiếp nhận', 'Trình ký', 'Thẩm định']);
}, 120_000);

it('a leader stops a run in progress with a reason; the slip shows it stopped', async () => {
  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto('/quy-trinh');
  await leader.getByLabel('Tìm theo mã, tên (không dấu cũng được)').fill('QT-01/VP');
  await leader.getByRole('link', { name: 'Tiếp nhận và xử lý đơn thư của công dân' }).first().click();
  await leader.getByRole('tab', { name: 'Các lượt thực hiện' }).click();
  const running = leader.locator('tr').filter({ hasText: 'Đang thực hiện' }).first();
  await running.getByRole('link').first().click();
  await leader.waitForURL(/\/quy-trinh\/luot\/[0-9a-f-]{36}$/);
  await leader.getByRole('button', { name: 'Dừng quy trình', exact: true }).click();
  const dialog = await openedDialog(leader);
  await dialog.getByRole('button', { name: 'Dừng quy trình', exact: true }).click();
  await dialog.getByText('Vui lòng nhập Lý do dừng').or(dialog.locator('.ant-form-item-explain-error')).first().waitFor();
  await dialog.getByLabel('Lý do dừng', { exact: true }).fill('Công dân rút đơn');
  await dialog.getByRole('button', { name: 'Dừng quy trình', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await leader.getByText(/Đã dừng lúc .* Công dân rút đơn/).waitFor();
  expect(await leader.getByRole('button', { name: 'Dừng quy trình', exact: true }).count()).toBe(0);
}, 120_000);
