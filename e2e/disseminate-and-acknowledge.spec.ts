import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const TITLE = 'Quán triệt Quy chế làm việc của Ban Tuyên giáo năm 2026';

it('leader disseminates to a department → a staff member reads, acknowledges and commits → coverage shows 1 of N → they turn reminders off and clear the bell', async () => {
  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto('/quan-triet');
  await leader.getByRole('button', { name: 'Tạo đợt quán triệt', exact: true }).click();
  const drawer = leader.getByRole('dialog').last();
  await drawer.getByLabel('Tên đợt quán triệt').fill(TITLE);
  await choose(leader, drawer, 'Văn bản quán triệt', '24-CT/TU', { search: '24-CT', multiple: true });
  await choose(leader, drawer, 'Đơn vị (gồm cả đơn vị cấp dưới)', 'Ban Tuyên giáo', { search: 'Tuyên giáo', multiple: true });
  await drawer.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
  await leader.waitForURL(/\/quan-triet\/[0-9a-f-]{36}$/);
  const campaignUrl = new URL(leader.url()).pathname;
  await leader.getByRole('button', { name: 'Phát động', exact: true }).click();
  await leader.locator('.ant-popconfirm').getByRole('button').last().click();
  await leader.getByTestId('coverage-overall').waitFor();
  const initial = await leader.getByTestId('coverage-overall').innerText();
  const assigned = Number(/0 \/ (\d+) người đã xác nhận/.exec(initial)?.[1]);
  expect(assigned).toBeGreaterThan(5);

  const staff = await openPage(browser);
  await logIn(staff, 'canbo1');
  await staff.goto('/');
  await staff.getByTestId('dissemination-widget').getByText(TITLE).waitFor();
  // The launch notice in the bell opens this person's own assignment.
  await staff.getByRole('button', { name: /^Thông báo/ }).click();
  await staff
    .locator('.notification-open')
    .filter({ hasText: `Quán triệt: ${TITLE}` })
    .click();
  await staff.waitForURL(/\/quan-triet-cua-toi\/[0-9a-f-]{36}$/);
  await staff.getByText('24-CT/TU').first().waitFor();
  await staff.getByText('Đã đọc', { exact: true }).first().waitFor();
  await staff.getByLabel('Tôi đã đọc và nắm được nội dung các văn bản trên').check();
  await staff.getByRole('button', { name: 'Xác nhận đã đọc', exact: true }).click();
  await staff.getByText(/Bạn đã xác nhận lúc/).waitFor();
  await staff.getByLabel('Họ và tên', { exact: true }).fill('Trịnh Văn Dũng');
  await staff.getByLabel('Tôi cam kết thực hiện nghiêm các nội dung đã quán triệt').check();
  await staff.getByRole('button', { name: 'Ký cam kết', exact: true }).click();
  await staff.getByText(/Bạn đã ký cam kết lúc/).waitFor();
  await staff.getByText('Hoàn thành', { exact: true }).first().waitFor();

  await leader.goto(campaignUrl);
  await leader.getByText(`1 / ${assigned} người đã xác nhận`).waitFor();
  const coverage = await leader.getByTestId('coverage-overall').innerText();
  expect(coverage).toContain(`1 / ${assigned} người đã xác nhận`);
  // The laggard list no longer names the one who acknowledged.
  await leader.getByText('Người chưa xác nhận').waitFor();
  expect(await leader.locator('.ant-table').last().getByText('Trịnh Văn Dũng').count()).toBe(0);

  // The staff member turns the dissemination reminders off (a new assignment cannot be turned off), then clears the bell.
  const bell = staff.getByRole('button', { name: /^Thông báo/ });
  await bell.click();
  await staff.getByRole('button', { name: 'Cài đặt thông báo', exact: true }).click();
  await staff.waitForURL(/\/cai-dat-thong-bao$/);
  await choose(staff, staff, 'Cách nhận: Nhắc quán triệt', 'Tắt', { search: false });
  await staff.getByText('Đã lưu cách nhận thông báo').waitFor();
  // The first list must be gone first, or its (enabled) "Tắt" is the one found while it fades out.
  await expect.poll(() => staff.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await staff.getByLabel('Cách nhận: Được giao nhiệm vụ', { exact: true }).click();
  const mandatoryOff = staff.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Tắt' });
  await expect.poll(() => mandatoryOff.getAttribute('aria-disabled')).toBe('true');
  await staff.keyboard.press('Escape');
  await staff.reload();
  await staff.locator('.notification-settings-row').filter({ hasText: 'Nhắc quán triệt' }).getByText('Tắt', { exact: true }).waitFor();

  await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/^Thông báo: \d+\+? chưa đọc$/);
  await bell.click();
  await staff.getByRole('button', { name: 'Đánh dấu tất cả đã đọc', exact: true }).click();
  await expect.poll(() => bell.getAttribute('aria-label')).toBe('Thông báo');
});
