import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openedDialog } from './support/dialog.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const NOTE = 'Đề nghị cung cấp bản sao dữ liệu cá nhân (e2e)';

it('an administrator registers a data-subject request, answers it, and downloads the person’s data', async () => {
  const admin = await openPage(browser);
  await logIn(admin, 'admin');
  await admin.goto('/du-lieu-ca-nhan');
  await admin.getByRole('heading', { name: 'Dữ liệu cá nhân' }).first().waitFor();
  await admin.getByRole('button', { name: 'Ghi nhận yêu cầu', exact: true }).first().click();
  const form = await openedDialog(admin);
  await choose(admin, form, 'Người yêu cầu', 'Trịnh Văn Dũng', { search: 'Dung' });
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
  const received = form.getByLabel('Ngày nhận', { exact: true });
  await received.click();
  await received.fill(today);
  await received.press('Tab');
  await form.getByLabel('Ghi chú', { exact: true }).fill(NOTE);
  await form.getByRole('button', { name: 'Lưu', exact: true }).click();
  await form.waitFor({ state: 'hidden' });
  const row = admin.locator('tr').filter({ hasText: NOTE });
  await row.getByText('Đã nhận', { exact: true }).waitFor();

  await row.getByRole('button', { name: 'Trả lời', exact: true }).click();
  const answer = await openedDialog(admin);
  await answer.getByLabel('Nội dung trả lời', { exact: true }).fill('Đã gửi bản sao qua thư điện tử công vụ.');
  await answer.getByRole('button', { name: 'Lưu', exact: true }).click();
  await answer.waitFor({ state: 'hidden' });
  await row.getByText('Đã trả lời', { exact: true }).waitFor();

  await choose(admin, admin.locator('.ant-card').filter({ hasText: 'Xuất dữ liệu' }), 'Chọn người', 'Trịnh Văn Dũng', { search: 'Dung' });
  const download = admin.waitForEvent('download');
  await admin.getByRole('link', { name: 'Tải Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^du-lieu-ca-nhan-[0-9a-f]{8}\.xlsx$/);
});
