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

async function fillDate(field: Locator, label: string, date: string) {
  const input = field.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Leaving the field keeps the typed date and closes its calendar; Enter would submit the whole form.
  await input.press('Tab');
  await field.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
}

async function save(page: Page, form: Locator, button = 'Lưu') {
  await form.getByRole('button', { name: button, exact: true }).click();
  await form.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
    await page.screenshot({ path: `test-results/documents-${button}.png` });
    throw error;
  });
}

it('a leader registers a directive, issues a plan with a target, assigns a linked task and follows it on the traceability screen', async () => {
  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.getByRole('link', { name: 'Văn bản' }).first().click();
  await leader.getByText('24-CT/TU').first().waitFor();

  await leader.getByRole('button', { name: 'Đăng ký văn bản', exact: true }).click();
  let form = await openedDialog(leader);
  await form.getByLabel('Số, ký hiệu').fill('31-CT/TU');
  await form.getByText('Số 31 · loại CT · cơ quan TU').waitFor();
  await choose(leader, form, 'Loại văn bản', 'Chỉ thị');
  await form.getByLabel('Trích yếu').fill('Về tăng cường công tác kiểm tra, giám sát việc thực hiện quy chế làm việc');
  await form.getByLabel('Cơ quan ban hành').fill('Ban Thường vụ Thành ủy Hà Nội');
  await fillDate(form, 'Ngày ban hành', '16/03/2026');
  await save(leader, form);
  await leader.waitForURL(/\/van-ban\/[0-9a-f-]{36}$/);
  await leader.getByText('Về tăng cường công tác kiểm tra, giám sát').first().waitFor();

  await leader.getByRole('button', { name: 'Ban hành kế hoạch thực hiện', exact: true }).click();
  form = await openedDialog(leader);
  await form.locator('.ant-select-content-has-value').filter({ hasText: '31-CT/TU' }).first().waitFor();
  await choose(leader, form, 'Kế hoạch của', 'Cơ quan Ủy ban MTTQ');
  await form.getByLabel('Số, ký hiệu').fill('41-KH/ĐU');
  await form.getByLabel('Trích yếu').fill('Kế hoạch thực hiện Chỉ thị số 31-CT/TU');
  await form.getByLabel('Cơ quan ban hành').fill('Đảng ủy cơ quan');
  await fillDate(form, 'Ngày ban hành', '20/03/2026');
  await save(leader, form);
  await leader.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);

  await leader.getByRole('button', { name: 'Thêm chỉ tiêu', exact: true }).click();
  form = await openedDialog(leader);
  await form.getByLabel('Chỉ tiêu', { exact: true }).fill('Ban được kiểm tra việc thực hiện quy chế làm việc');
  await form.getByLabel('Đơn vị tính').fill('Ban');
  await form.getByLabel('Giá trị chỉ tiêu').fill('5');
  await fillDate(form, 'Thời hạn', '30/12/2026');
  await choose(leader, form, 'Đơn vị chịu trách nhiệm', 'Ban Tuyên giáo');
  await choose(leader, form, 'Người chịu trách nhiệm', 'Đặng Thu Hương');
  await save(leader, form);
  const row = leader.getByRole('row').filter({ hasText: 'Ban được kiểm tra việc thực hiện quy chế làm việc' });
  await row.getByText('Đặng Thu Hương').waitFor();

  await row.getByRole('button', { name: 'Thao tác' }).click();
  await leader.getByRole('menuitem', { name: 'Giao nhiệm vụ' }).click();
  form = await openedDialog(leader);
  await form.getByLabel('Tên nhiệm vụ').fill('Kiểm tra quy chế làm việc tại Ban Tuyên giáo');
  await form.getByLabel('Sản phẩm đầu ra').fill('Biên bản kiểm tra');
  await choose(leader, form, 'Người chủ trì', 'Trịnh Văn Dũng');
  await form.getByLabel('Tính hạn theo ngày làm việc').click();
  await form.getByLabel('Số ngày làm việc').fill('5');
  await save(leader, form, 'Giao việc');
  await row.getByText('Tổng số nhiệm vụ: 1').waitFor();

  await leader.getByRole('button', { name: 'Truy vết thực hiện 31-CT/TU' }).click();
  await leader.waitForURL(/\/truy-vet$/);
  const line = leader.getByRole('row').filter({ hasText: 'Kiểm tra quy chế làm việc tại Ban Tuyên giáo' });
  await line.getByText('Trịnh Văn Dũng').waitFor();
  expect(await line.getByText('41-KH/ĐU').count()).toBe(1);
  expect(await line.getByText('Đặng Thu Hương').count()).toBe(1);
  const download = leader.waitForEvent('download');
  await leader.getByRole('button', { name: 'Xuất Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^truy-vet-31-CT-TU-.*\.xlsx$/);
  // The task names the target it serves and leads back to the plan.
  await line.getByRole('link', { name: 'Kiểm tra quy chế làm việc tại Ban Tuyên giáo' }).click();
  await leader.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  await leader.getByRole('link', { name: 'Kế hoạch 41-KH/ĐU' }).click();
  await leader.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);

  // The demo directive shows its plan, targets and tasks at once.
  await leader.goto('/van-ban');
  await leader.getByRole('link', { name: '24-CT/TU', exact: true }).first().click();
  await leader.getByRole('button', { name: 'Truy vết thực hiện' }).click();
  await leader.getByText('12-KH/ĐU').first().waitFor();
  await leader.getByRole('row').filter({ hasText: 'Xây dựng quy trình tiếp nhận, xử lý văn bản của Văn phòng' }).getByText('Quá hạn').waitFor();
  // On a 1440 px screen the last column ("Kết quả") is reachable: the table fits or scrolls sideways
  // inside the page, and the plan column stays in view while it does.
  await leader.setViewportSize({ width: 1440, height: 900 });
  const table = leader.getByRole('region', { name: 'Văn bản → kế hoạch → chỉ tiêu → nhiệm vụ → kết quả, rõ người chịu trách nhiệm từng dòng' });
  await table.evaluate((area) => area.scrollTo({ left: area.scrollWidth }));
  const area = (await table.boundingBox())!;
  const outcome = (await leader.getByRole('columnheader', { name: 'Kết quả', exact: true }).boundingBox())!;
  const plan = (await leader.getByRole('columnheader', { name: 'Kế hoạch', exact: true }).boundingBox())!;
  expect(area.x + area.width).toBeLessThanOrEqual(1440);
  expect(outcome.x + outcome.width).toBeLessThanOrEqual(area.x + area.width + 1);
  expect(plan.x).toBeGreaterThanOrEqual(area.x - 1);
  expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  await leader.screenshot({ path: 'test-results/documents-traceability.png', fullPage: true });
});
