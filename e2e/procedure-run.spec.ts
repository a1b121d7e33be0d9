import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openedDialog } from './support/dialog.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const CODE = 'QT-09/BTG';
const TITLE = 'Biên tập tin bài trang thông tin điện tử';

/** Runs a task command from the task page: its button, its dialog, the dialog's button. */
async function act(page: Page, action: string, fill: (form: Locator) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const form = await openedDialog(page);
  await fill(form);
  await form.getByRole('button', { name: action, exact: true }).click();
  await form.waitFor({ state: 'hidden' });
}

it('a unit head drafts a procedure → a leader approves and publishes → staff start a run → the steps hand over → the slip and the radar show it', async () => {
  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/quy-trinh');
  await head.getByRole('button', { name: 'Xây dựng quy trình', exact: true }).click();
  await head.waitForURL(/\/quy-trinh\/moi$/);
  await choose(head, head.locator('form'), 'Đơn vị', 'Ban Tuyên giáo', { search: 'Tuyên giáo' });
  await head.getByLabel('Mã quy trình', { exact: true }).fill(CODE);
  await head.getByLabel('Tên quy trình', { exact: true }).fill(TITLE);
  await head.getByLabel('1. Mục đích', { exact: true }).fill('Tin bài đăng đúng định hướng, đúng hạn.');
  for (const [index, [name, person]] of [
    ['Viết tin bài', 'Trịnh Văn Dũng'],
    ['Biên tập, duyệt đăng', 'Lý Thị Mai Anh'],
  ].entries()) {
    await head.getByRole('button', { name: 'Thêm bước', exact: true }).click();
    await head.getByLabel(`Bước công việc ${index + 1}`, { exact: true }).fill(name);
    await choose(head, head.locator('form'), `Đơn vị chịu trách nhiệm ${index + 1}`, 'Ban Tuyên giáo', { search: 'Tuyên giáo' });
    await choose(head, head.locator('form'), `Cá nhân thực hiện ${index + 1}`, person, { search: person.split(' ').at(-1)! });
  }
  await head.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
  await head.waitForURL(/\/quy-trinh\/[0-9a-f-]{36}$/);
  const procedureUrl = new URL(head.url()).pathname;
  await head.getByRole('button', { name: 'Trình duyệt', exact: true }).click();
  await head.getByText('Đã trình', { exact: true }).first().waitFor();

  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto(procedureUrl);
  await leader.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await leader.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await leader.getByText('Đang hiệu lực', { exact: true }).first().waitFor();

  const staff = await openPage(browser);
  await logIn(staff, 'canbo1');
  await staff.goto('/quy-trinh');
  await staff.getByLabel('Tìm theo mã, tên (không dấu cũng được)').fill('bien tap tin bai');
  await staff.getByRole('link', { name: TITLE }).click();
  await staff.getByRole('button', { name: 'Bắt đầu thực hiện', exact: true }).click();
  const drawer = staff.getByRole('dialog').last();
  await drawer.getByLabel('Nội dung, hồ sơ', { exact: true }).fill('Tin hội nghị quán triệt Chỉ thị 24');
  await drawer.getByRole('button', { name: 'Bắt đầu', exact: true }).click();
  await staff.waitForURL(/\/quy-trinh\/luot\/[0-9a-f-]{36}$/);
  const runUrl = new URL(staff.url()).pathname;
  await staff.getByText('Đang xử lý', { exact: true }).first().waitFor();

  // Step 1 is the starter's own: he submits; the head accepts; step 2 opens for Lý Thị Mai Anh.
  await staff.getByRole('link', { name: 'Viết tin bài' }).click();
  await staff.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  const firstTask = new URL(staff.url()).pathname;
  await act(staff, 'Trình kết quả', (form) => form.getByLabel('Báo cáo kết quả, sản phẩm').fill('Bản thảo tin bài'));
  await head.goto(firstTask);
  await act(head, 'Nghiệm thu', (form) => form.getByText('4 – Tốt').click());

  await staff.goto(runUrl);
  // Step 1 handed over on time; step 2 is now in Lý Thị Mai Anh's hands.
  await staff.getByText('Đúng hạn', { exact: true }).first().waitFor();
  const secondStep = staff.locator('tr').filter({ hasText: 'Biên tập, duyệt đăng' });
  await secondStep.getByText('Đang xử lý', { exact: true }).waitFor();
  expect(await secondStep.getByText('Lý Thị Mai Anh').count()).toBeGreaterThan(0);

  await head.goto(procedureUrl);
  await head.getByRole('tab', { name: 'Thời gian lưu ở từng bước' }).click();
  const radar = head.getByRole('region', { name: 'Thời gian lưu ở từng bước' });
  await radar.getByText('1. Viết tin bài').waitFor();
  const firstRow = radar.locator('tr').filter({ hasText: 'Viết tin bài' });
  expect(await firstRow.locator('td').nth(1).innerText()).toBe('1');
  const secondRow = radar.locator('tr').filter({ hasText: 'Biên tập, duyệt đăng' });
  expect(await secondRow.locator('td').last().innerText()).toBe('1');
  // A long journey through three people's browsers; on a loaded two-core machine it needs more than the default minute.
}, 300_000);
