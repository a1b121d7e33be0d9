import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { openedDialog } from './support/dialog.js';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

// A report about Ban Phong trào, still waiting to be accepted; Ban Tuyên giáo may handle it.
const REPORT = 'trả lời cộc lốc, không hướng dẫn cụ thể';

it('a staff member named as handler of a citizen’s report opens it from the bell and finds it in the queue', async () => {
  const inspector = await openPage(browser);
  await logIn(inspector, 'thanhtra');
  await inspector.getByRole('menuitem', { name: 'Phản ánh của người dân' }).click();
  await inspector.getByPlaceholder('Tìm số hiệu, nội dung (không cần dấu)').fill('tra loi coc loc');
  await inspector.locator('tr').filter({ hasText: REPORT }).locator('a').first().click();
  await inspector.waitForURL(/\/phan-anh-cua-nguoi-dan\/[0-9a-f-]{36}$/);
  await inspector.getByRole('button', { name: 'Tiếp nhận', exact: true }).first().click();
  const accept = await openedDialog(inspector);
  await accept.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await accept.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    await inspector.screenshot({ path: 'test-results/report-handler-accept.png' });
    throw error;
  });
  await inspector.getByText('Đang xử lý').first().waitFor();
  await inspector.getByRole('button', { name: 'Chuyển xử lý', exact: true }).first().click();
  const form = await openedDialog(inspector);
  await choose(inspector, form, 'Đơn vị xử lý', 'Ban Tuyên giáo', { search: 'Ban Tuyên' });
  await choose(inspector, form, 'Người xử lý (không bắt buộc)', 'Trịnh Văn Dũng', { search: 'Trịnh Văn' });
  await form.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await form.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    await inspector.screenshot({ path: 'test-results/report-handler-route.png' });
    throw error;
  });

  const handler = await openPage(browser);
  await logIn(handler, 'canbo1');
  await handler.getByRole('button', { name: /^Thông báo/ }).click();
  await handler
    .locator('.notification-open')
    .filter({ hasText: /phản ánh/i })
    .first()
    .click();
  await handler.waitForURL(/\/phan-anh-cua-nguoi-dan\/[0-9a-f-]{36}$/);
  await handler.getByText(REPORT).first().waitFor();
  await handler.getByText('Lịch sử xử lý').waitFor();
  // The queue lists what the person handles, and only that.
  await handler.goto('/phan-anh-cua-nguoi-dan');
  await handler.locator('tr').filter({ hasText: REPORT }).first().waitFor();
});
