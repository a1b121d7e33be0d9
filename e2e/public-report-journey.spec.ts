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

/** Opens an action's dialog on the report page, fills it and confirms. */
async function act(page: Page, action: string, fill: (form: Locator) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const form = await openedDialog(page);
  await fill(form);
  await form.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await form.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    await page.screenshot({ path: `test-results/feedback-${action}.png` });
    throw error;
  });
}

const CONTENT = 'Hồ sơ xin xác nhận của tôi bị chuyển qua lại giữa hai Ban suốt hai tuần, không ai nhận giải quyết (hành trình thử nghiệm).';

it('an anonymous citizen reports → gets a code → the inspector accepts, opens a case and answers → the citizen reads the answer with the code and rates it', async () => {
  const citizen = await openPage(browser);
  // Citizens mostly report from a phone.
  await citizen.setViewportSize({ width: 390, height: 844 });
  await citizen.goto('/phan-anh');
  await citizen.getByRole('heading', { name: 'Phản ánh, kiến nghị về thái độ, trách nhiệm của cán bộ' }).waitFor();
  await citizen.getByLabel('Né tránh, đùn đẩy trách nhiệm').check();
  await citizen.getByLabel('Đơn vị bị phản ánh').click();
  await citizen.getByLabel('Đơn vị bị phản ánh').fill('Ban Tuyên');
  await citizen
    .locator('.ant-select-item-option')
    .filter({ hasText: /^\s*Ban Tuyên giáo$/ })
    .first()
    .click();
  await citizen.screenshot({ path: 'test-results/feedback-public-form.png', fullPage: true });
  await citizen.getByLabel('Nội dung sự việc').fill(CONTENT);
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
  await citizen.getByLabel('Ngày xảy ra').fill(yesterday);
  await citizen.getByLabel('Ngày xảy ra').press('Enter');
  await citizen.getByLabel('Tôi đồng ý để cơ quan xử lý thông tin trong phản ánh này nhằm xác minh, trả lời.').check();
  await citizen.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const code = (await citizen.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  // The code is never part of an address.
  expect(citizen.url()).not.toContain(code);

  const inspector = await openPage(browser);
  await logIn(inspector, 'thanhtra');
  await inspector.getByRole('menuitem', { name: 'Phản ánh của người dân' }).click();
  await inspector.getByPlaceholder('Tìm số hiệu, nội dung (không cần dấu)').fill('chuyen qua lai giua hai ban suot hai tuan');
  await inspector
    .getByText(/hành trình thử nghiệm/)
    .first()
    .waitFor();
  await inspector.locator('tr').filter({ hasText: 'hành trình thử nghiệm' }).locator('a').first().click();
  await inspector.waitForURL(/\/phan-anh-cua-nguoi-dan\/[0-9a-f-]{36}$/);
  await inspector.getByText('Lịch sử xử lý').waitFor();
  await act(inspector, 'Tiếp nhận');
  await inspector.getByText('Đang xử lý').first().waitFor();
  await act(inspector, 'Mở vụ việc', async (form) => {
    await choose(inspector, form, 'Mã biểu hiện vi phạm', 'N1.01');
    await form.getByLabel('Ghi chú khi mở vụ việc').fill('Có dấu hiệu đùn đẩy trách nhiệm');
  });
  await inspector.getByText('Đã mở vụ việc xem xét').first().waitFor();
  await act(inspector, 'Trả lời', (form) =>
    form
      .getByLabel('Nội dung trả lời cụ thể')
      .fill('Cơ quan đã mở vụ việc xem xét trách nhiệm; hồ sơ của ông/bà được Ban Tuyên giáo tiếp nhận và trả kết quả trong 3 ngày làm việc.'),
  );
  await inspector.getByText('Đã trả lời').first().waitFor();
  // Answered, the report leaves the queue's first view (reports not closed yet) and is one choice away.
  await inspector.getByRole('menuitem', { name: 'Phản ánh của người dân' }).click();
  const notClosed = inspector.waitForResponse((r) => r.url().includes('/feedback/reports?') && r.url().includes('open=true') && r.url().includes('q=chuyen'));
  await inspector.getByPlaceholder('Tìm số hiệu, nội dung (không cần dấu)').fill('chuyen qua lai giua hai ban suot hai tuan');
  expect((await (await notClosed).json()).items).toEqual([]);
  await choose(inspector, inspector, 'Trạng thái', 'Đã trả lời', { search: false });
  await inspector.locator('tr').filter({ hasText: 'hành trình thử nghiệm' }).first().waitFor();

  await citizen.goto('/phan-anh/theo-doi');
  await citizen.getByLabel('Mã theo dõi').fill(code.toLowerCase());
  await citizen.getByRole('button', { name: 'Xem' }).click();
  await citizen
    .getByTestId('report-answer')
    .getByText(/trả kết quả trong 3 ngày làm việc/)
    .waitFor();
  await citizen.getByRole('radio', { name: '5 stars' }).or(citizen.locator('.ant-rate-star').nth(4)).first().click();
  await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await citizen.getByText('Bạn đã đánh giá 5/5').waitFor();
  await citizen.screenshot({ path: 'test-results/feedback-tracked.png', fullPage: true });

  // A wrong code shows "not found", and nothing more.
  await citizen.getByLabel('Mã theo dõi').fill('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
  await citizen.getByRole('button', { name: 'Xem' }).click();
  await citizen.getByText('Không tìm thấy phản ánh với mã này. Vui lòng kiểm tra lại mã.').waitFor();
});

it('the public form switches to English and keeps the honeypot out of sight and out of the tab order', async () => {
  const page = await openPage(browser);
  await page.goto('/phan-anh');
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Report the conduct of an official or a unit' }).waitFor();
  await page.getByText('Anonymously', { exact: true }).waitFor();
  const honeypot = page.locator('.public-feedback-honeypot input');
  expect(await honeypot.getAttribute('tabindex')).toBe('-1');
  expect(await honeypot.isVisible()).toBe(true);
  const box = await honeypot.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(0);
  await page.getByText('Tiếng Việt', { exact: true }).click();
});
