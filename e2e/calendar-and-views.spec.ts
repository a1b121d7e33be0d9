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

const TITLE = 'Tổng hợp báo cáo tháng về thực hiện Chỉ thị 24-CT/TU';

it('unit head plans on the timeline: drags a due date later (a direct extension), then saves the board’s filters as a shared view', async () => {
  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/viec-cua-toi');
  await head.getByRole('button', { name: 'Giao việc', exact: true }).first().click();
  const drawer = head.getByRole('dialog').last();
  await drawer.getByLabel('Tên nhiệm vụ').fill(TITLE);
  await drawer.getByLabel('Sản phẩm đầu ra').fill('Báo cáo tháng trình Thường trực');
  await choose(head, drawer, 'Người chủ trì', 'Trịnh Văn Dũng');
  await drawer.getByLabel('Tính hạn theo ngày làm việc').click();
  await drawer.getByLabel('Số ngày làm việc').fill('3');
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await head.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  const taskId = new URL(head.url()).pathname.split('/').pop()!;

  // The timeline of the head's units, this month (or the next, when three working days cross the month's end).
  await head.goto('/lich-nhiem-vu');
  await head.getByRole('table', { name: 'Tiến trình' }).waitFor();
  const handle = head.getByRole('button', { name: `Đổi hạn: ${TITLE}` });
  if (!(await handle.isVisible())) await head.getByRole('button', { name: 'Sau' }).click();
  const target = head.locator(`[data-task="${taskId}"][data-day]`).last();
  const newDue = (await target.getAttribute('data-day'))!;
  await handle.dragTo(target);
  const form = await openedDialog(head);
  await form.getByLabel('Lý do', { exact: true }).fill('Chờ số liệu của các chi bộ');
  await form.getByRole('button', { name: 'Gia hạn', exact: true }).click();
  await form.waitFor({ state: 'hidden' });

  await head.goto(`/viec/${taskId}`);
  const [y, m, d] = newDue.split('-');
  await head.getByText(`${d}/${m}/${y}`).first().waitFor();
  // The history names the command: the assigner's direct extension.
  await head.getByText('Gia hạn trực tiếp').first().waitFor();

  // The month calendar shows the task on its new day.
  await head.goto('/lich-nhiem-vu');
  await head.getByText('Lịch tháng', { exact: true }).click();
  await head.getByRole('grid', { name: 'Lịch tháng' }).waitFor();

  // Saved view, shared in the unit.
  await head.goto('/viec-don-vi');
  await head.getByRole('button', { name: 'Lưu bộ lọc', exact: true }).click();
  const save = await openedDialog(head);
  await save.getByLabel('Tên bộ lọc').fill('Việc đang mở của Ban');
  await save.getByLabel('Chia sẻ trong đơn vị').check();
  await save.getByRole('button', { name: 'Lưu bộ lọc', exact: true }).click();
  await save.waitFor({ state: 'hidden' });
  await head.getByText('Việc đang mở của Ban').first().waitFor();
});
