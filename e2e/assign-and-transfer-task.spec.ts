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

const dialog = (page: Page) => page.getByRole('dialog').last();

/** One-click actions: the task page sends them at once. */
async function click(page: Page, action: string, then: string) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  await page.getByRole('button', { name: then, exact: true }).first().waitFor();
}

/** Opens the action's dialog from the task page's actions and confirms it with the same name. */
async function act(page: Page, action: string, fill: (form: Locator) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const form = await openedDialog(page);
  await fill(form);
  await form.getByRole('button', { name: action, exact: true }).click();
  await form.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    // Keep what the user would have seen: the dialog with its error message.
    await page.screenshot({ path: `test-results/${action}.png` });
    throw error;
  });
}

it('unit head assigns → owner accepts and asks to transfer → head approves → new owner accepts, works, submits → head grades', async () => {
  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/viec-cua-toi');
  await head.getByRole('button', { name: 'Giao việc', exact: true }).first().click();
  const drawer = dialog(head);
  await drawer.getByLabel('Tên nhiệm vụ').fill('Biên soạn tài liệu hỏi đáp về Chỉ thị 24-CT/TU');
  await drawer.getByLabel('Sản phẩm đầu ra').fill('Tài liệu hỏi đáp 20 câu');
  await choose(head, drawer, 'Người chủ trì', 'Trịnh Văn Dũng');
  await drawer.getByLabel('Tính hạn theo ngày làm việc').click();
  await drawer.getByLabel('Số ngày làm việc').fill('5');
  // The deadline the server will set shows while the number is typed, counted past weekends and holidays.
  const today = await drawer.getByLabel('Ngày bắt đầu', { exact: true }).inputValue();
  const [day, month, year] = today.split('/');
  const counted = await head.request.get(`/api/v1/calendar/working-days?from=${year}-${month}-${day}&days=5`);
  const [dueYear, dueMonth, dueDay] = ((await counted.json()) as { dueDate: string }).dueDate.split('-');
  await drawer
    .getByRole('status')
    .filter({ hasText: `${dueDay}/${dueMonth}/${dueYear}` })
    .waitFor();
  await drawer.getByLabel('Số ngày làm việc').fill('6');
  await expect
    .poll(() =>
      drawer
        .getByRole('status')
        .filter({ hasText: `${dueDay}/${dueMonth}/${dueYear}` })
        .count(),
    )
    .toBe(0);
  await drawer.getByLabel('Số ngày làm việc').fill('5');
  await drawer
    .getByRole('status')
    .filter({ hasText: `${dueDay}/${dueMonth}/${dueYear}` })
    .waitFor();
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await head.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  const taskUrl = new URL(head.url()).pathname;
  await head.getByText(`${dueDay}/${dueMonth}/${dueYear}`).first().waitFor();

  const owner = await openPage(browser);
  await logIn(owner, 'canbo1');
  await owner.goto('/viec-cua-toi');
  await owner.getByText('Biên soạn tài liệu hỏi đáp về Chỉ thị 24-CT/TU').first().click();
  await owner.waitForURL(`**${taskUrl}`);
  await click(owner, 'Tiếp nhận', 'Đề nghị chuyển');
  await act(owner, 'Đề nghị chuyển', async (form) => {
    await choose(owner, form, 'Nhóm lý do', 'Quá tải công việc', { search: false });
    await form.getByLabel('Lý do', { exact: true }).fill('Đang chủ trì chuẩn bị hội nghị sơ kết');
  });

  await head.goto(taskUrl);
  await head.getByRole('button', { name: 'Không đồng ý chuyển', exact: true }).first().waitFor();
  await act(head, 'Đồng ý chuyển', (form) => choose(head, form, 'Người nhận mới', 'Lý Thị Mai Anh'));
  // Approved: the answer is now the new owner's; the approver is offered neither decision again.
  await expect.poll(() => head.getByRole('button', { name: 'Đồng ý chuyển', exact: true }).count()).toBe(0);
  expect(await head.getByRole('button', { name: 'Không đồng ý chuyển', exact: true }).count()).toBe(0);
  await head.reload();
  await head.getByRole('button', { name: 'Trao đổi', exact: true }).first().waitFor();
  expect(await head.getByRole('button', { name: 'Không đồng ý chuyển', exact: true }).count()).toBe(0);

  const successor = await openPage(browser);
  await logIn(successor, 'canbo2');
  await successor.goto(taskUrl);
  await successor.getByRole('button', { name: 'Từ chối nhận', exact: true }).first().waitFor();
  await click(successor, 'Nhận nhiệm vụ', 'Cập nhật tiến độ');
  expect(await successor.getByRole('button', { name: 'Từ chối nhận', exact: true }).count()).toBe(0);
  await successor.getByText('Lý Thị Mai Anh').first().waitFor();
  await act(successor, 'Cập nhật tiến độ', async (form) => {
    await form.getByRole('spinbutton').fill('80');
    await form.getByLabel('Nội dung đã thực hiện').fill('Đã soạn 16/20 câu hỏi đáp');
  });
  // Evidence of the work, attached to the task before submitting it.
  await successor
    .locator('input[type=file]')
    .setInputFiles({ name: 'tai-lieu-hoi-dap.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await successor.getByRole('link', { name: /tai-lieu-hoi-dap\.pdf/ }).waitFor();
  await act(successor, 'Trình kết quả', (form) => form.getByLabel('Báo cáo kết quả, sản phẩm').fill('Gửi tài liệu hoàn chỉnh'));

  await head.goto(taskUrl);
  await act(head, 'Nghiệm thu', (form) => form.getByText('4 – Tốt').click());
  await head.getByText('Hoàn thành').first().waitFor();
  await head.getByText('Quá trình xử lý').waitFor();
  // The history names every step, including the accepted transfer.
  for (const step of ['Đề nghị chuyển', 'Nghiệm thu']) await expect.poll(() => head.getByText(step).count()).toBeGreaterThan(0);
});
