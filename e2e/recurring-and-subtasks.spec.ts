import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openedDialog } from './support/dialog.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const SERIES = 'Báo cáo kết quả công tác tuyên giáo tháng';
const SUBTASK = 'Tổng hợp số liệu các chi bộ';

async function shot<T>(page: Page, name: string, step: Promise<T>) {
  return step.catch(async (error: unknown) => {
    await page.screenshot({ path: `test-results/${name}.png` });
    throw error;
  });
}

it('unit head sets a monthly report as a recurring task, splits its first occurrence; the parent cannot be handed in while the subtask is open', async () => {
  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/viec-dinh-ky');
  await head.getByRole('button', { name: 'Tạo việc định kỳ' }).first().click();
  const drawer = await openedDialog(head);
  await drawer.getByLabel('Tên nhiệm vụ').fill(SERIES);
  await drawer.getByLabel('Sản phẩm đầu ra').fill('Báo cáo tháng gửi Văn phòng');
  await choose(head, drawer, 'Người chủ trì', 'Trịnh Văn Dũng');
  // Monthly, on the last working day, is the default schedule.
  await drawer.getByText('Hằng tháng').first().waitFor();
  await drawer.getByRole('button', { name: 'Tạo', exact: true }).click();
  await shot(head, 'series-created', drawer.waitFor({ state: 'hidden' }));

  // The series lists its first occurrence, already created as an ordinary task.
  const card = head.locator('.ant-card').filter({ hasText: SERIES });
  await card.getByText('Hằng tháng, ngày làm việc cuối cùng').waitFor();
  await card
    .getByText(/đã tạo/)
    .first()
    .waitFor();
  await card
    .getByText(/đã tạo/)
    .first()
    .getByRole('link')
    .click();
  await head.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  const taskUrl = new URL(head.url()).pathname;
  await head.getByRole('heading', { name: SERIES }).waitFor();

  // Split it: a subtask with another owner of its own.
  await head.getByRole('button', { name: 'Chia nhỏ' }).click();
  const split = await openedDialog(head);
  await split.getByLabel('Tên nhiệm vụ').fill(SUBTASK);
  await split.getByLabel('Sản phẩm đầu ra').fill('Bảng số liệu tháng');
  await choose(head, split, 'Người chủ trì', 'Lý Thị Mai Anh');
  await split.getByLabel('Tính hạn theo ngày làm việc').click();
  await split.getByLabel('Số ngày làm việc').fill('2');
  await split.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await shot(head, 'subtask-created', split.waitFor({ state: 'hidden' }));
  const subtasks = head.locator('.ant-card').filter({ hasText: 'Nhiệm vụ con' });
  await subtasks.getByRole('link', { name: SUBTASK }).waitFor();
  await subtasks.getByText(/Lý Thị Mai Anh/).waitFor();

  // The owner of the parent accepts it, ticks a step, and tries to hand it in: refused with the open subtask named.
  const owner = await openPage(browser);
  await logIn(owner, 'canbo1');
  await owner.goto(taskUrl);
  await owner.getByRole('button', { name: 'Tiếp nhận', exact: true }).first().click();
  await owner.getByRole('button', { name: 'Trình kết quả', exact: true }).first().waitFor();
  await owner.getByLabel('Thêm bước việc nhỏ').fill('Gửi đề cương báo cáo');
  await owner.getByRole('button', { name: 'Thêm', exact: true }).click();
  // Ticked once the server has recorded it (the box follows the saved checklist).
  await owner.getByRole('checkbox', { name: 'Gửi đề cương báo cáo' }).click();
  await owner.getByRole('checkbox', { name: 'Gửi đề cương báo cáo', checked: true }).waitFor();
  await owner.getByText('1/1', { exact: true }).waitFor();
  await owner.getByRole('button', { name: 'Trình kết quả', exact: true }).first().click();
  const submit = await openedDialog(owner);
  await submit.getByLabel('Báo cáo kết quả, sản phẩm').fill('Gửi báo cáo tháng');
  await submit.getByRole('button', { name: 'Trình kết quả', exact: true }).click();
  await shot(
    owner,
    'parent-refused',
    submit
      .getByText(new RegExp(`nhiệm vụ con chưa hoàn thành.*${SUBTASK}`))
      .first()
      .waitFor(),
  );
});
