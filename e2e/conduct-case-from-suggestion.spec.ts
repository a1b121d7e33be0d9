import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openedDialog } from './support/dialog.js';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens a step's dialog from the case page and confirms it with the same name. */
async function step(page: Page, action: string, fill: (form: Locator) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const form = await openedDialog(page);
  await fill(form);
  await form.getByRole('button', { name: action, exact: true }).click();
  await form.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    await page.screenshot({ path: `test-results/conduct-${action}.png` });
    throw error;
  });
}

it('inspector opens a case from a suggestion → asks for an explanation → the subject explains → conclusion', async () => {
  const inspector = await openPage(browser);
  await logIn(inspector, 'thanhtra');
  await inspector.goto('/ky-luat/goi-y');
  const row = inspector.locator('tr').filter({ hasText: 'Khó khăn chưa được cho ý kiến' }).first();
  await row.waitFor();
  await row.getByRole('button', { name: 'Mở vụ việc', exact: true }).click();
  await inspector.waitForURL(/\/ky-luat\/vu-viec\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(inspector.url()).pathname;
  await inspector.getByText('Mới ghi nhận').first().waitFor();
  await inspector.getByText('Tín hiệu công việc').first().waitFor();

  await step(inspector, 'Xác minh', (form) => form.getByLabel('Nội dung', { exact: true }).fill('Đối chiếu lịch sử xử lý nhiệm vụ trên hệ thống'));
  await step(inspector, 'Yêu cầu giải trình', (form) =>
    form.getByLabel('Nội dung yêu cầu giải trình').fill('Đề nghị đồng chí giải trình lý do chưa cho ý kiến về đề xuất'),
  );
  await inspector.getByText('Chờ giải trình').first().waitFor();

  const subject = await openPage(browser);
  await logIn(subject, 'law.head');
  // The home page tells the subject they are asked to explain, with the deadline.
  await subject.goto('/');
  await subject.getByText('Bạn được yêu cầu giải trình').waitFor();
  await subject.getByText('Hạn giải trình:').first().waitFor();
  await subject.goto('/vu-viec-cua-toi');
  await subject.getByRole('link').filter({ hasText: 'Khó khăn, đề xuất' }).first().click();
  await subject.waitForURL(`**${caseUrl}`);
  await step(subject, 'Gửi giải trình', (form) =>
    form.getByLabel('Nội dung giải trình').fill('Tôi chờ ý kiến của lãnh đạo cơ quan nên chưa trả lời kịp thời.'),
  );
  await subject.getByText('Đã giải trình').first().waitFor();
  // The subject never sees where the case came from.
  expect(await subject.getByText('Tín hiệu công việc').count()).toBe(0);

  await inspector.goto(caseUrl);
  await step(inspector, 'Kết luận', async (form) => {
    await form.getByText('Có vi phạm', { exact: true }).click();
    await choose(inspector, form, 'Mức độ vi phạm', 'Ít nghiêm trọng', { search: false });
    await form.getByLabel('Kết luận', { exact: true }).fill('Chậm cho ý kiến về đề xuất của cán bộ, mức độ ít nghiêm trọng.');
  });
  await inspector.getByText('Đã kết luận').first().waitFor();
  await inspector.getByText('Quyết định xử lý', { exact: true }).first().waitFor();
});
