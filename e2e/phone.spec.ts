import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openedDialog } from './support/dialog.js';
import { DEMO_PASSWORD, launchChromium } from './support/browser.js';
import { expectFitsScreen, expectTouchTargets, openPhonePage } from './support/phone.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function logInOnPhone(page: Page, username: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').waitFor();
  await expectFitsScreen(page, 'login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/** Opens a page from the drawer menu, by its label, and checks nothing sticks out sideways. */
async function openFromMenu(page: Page, label: string) {
  await page.getByRole('button', { name: 'Danh mục chức năng' }).click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
  await page.waitForLoadState('networkidle');
  await expectFitsScreen(page, label);
}

it('on a phone: a task assigned from the unit board opens from the owner\'s "Việc của tôi", is accepted and its progress reported', async () => {
  const head = await openPhonePage(browser);
  await logInOnPhone(head, 'truongban');
  await openFromMenu(head, 'Việc của đơn vị');
  await expectTouchTargets(head.getByRole('button', { name: 'Giao việc', exact: true }), 'unit board');
  await head.getByRole('button', { name: 'Giao việc', exact: true }).click();
  const drawer = await openedDialog(head);
  await drawer.getByLabel('Tên nhiệm vụ').fill('Rà soát danh sách đảng viên trên điện thoại');
  await drawer.getByLabel('Sản phẩm đầu ra').fill('Danh sách đã rà soát');
  await choose(head, drawer, 'Người chủ trì', 'Trịnh Văn Dũng');
  await drawer.getByLabel('Tính hạn theo ngày làm việc').click();
  await drawer.getByLabel('Số ngày làm việc').fill('3');
  await drawer.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await head.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  await head.getByRole('heading', { name: 'Rà soát danh sách đảng viên trên điện thoại' }).waitFor();
  await expectFitsScreen(head, 'task page (head)');
  await openFromMenu(head, 'Bảng theo dõi');

  const owner = await openPhonePage(browser);
  await logInOnPhone(owner, 'canbo1');
  await openFromMenu(owner, 'Việc của tôi');
  await owner.getByText('Rà soát danh sách đảng viên trên điện thoại').first().click();
  await owner.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
  await owner.getByRole('button', { name: 'Tiếp nhận', exact: true }).first().waitFor();
  await expectFitsScreen(owner, 'task page (owner)');
  await expectTouchTargets(owner.locator('.task-actions button'), 'task actions');
  await owner.getByRole('button', { name: 'Tiếp nhận', exact: true }).first().click();
  // The server's answer brings the next actions; "Tiếp nhận" alone only changes its name while it spins.
  await owner.getByRole('button', { name: 'Cập nhật tiến độ', exact: true }).first().waitFor();
  await expectFitsScreen(owner, 'task page after accepting');
  await owner.getByRole('button', { name: 'Cập nhật tiến độ', exact: true }).first().click();
  const form = await openedDialog(owner);
  await expectFitsScreen(owner, 'progress dialog');
  await form.getByRole('spinbutton').fill('40');
  await form.getByLabel('Nội dung đã thực hiện').fill('Đã rà soát hai chi bộ');
  await form.getByRole('button', { name: 'Cập nhật tiến độ', exact: true }).click();
  await form.waitFor({ state: 'hidden' });
  await owner.getByRole('progressbar', { name: 'Tiến độ' }).and(owner.locator('[aria-valuenow="40"]')).waitFor();
  await owner.getByText('40%').first().waitFor();
});

it("on a phone: the leader's dashboard fits the screen", async () => {
  const leader = await openPhonePage(browser);
  await logInOnPhone(leader, 'lanhdao');
  await openFromMenu(leader, 'Bảng theo dõi');
  await leader.getByRole('heading', { name: 'Bảng theo dõi' }).waitFor();
  await expectFitsScreen(leader, 'dashboard');
});

it("on a phone: the citizen's report form fits the screen and its buttons are big enough to press", async () => {
  const page = await openPhonePage(browser);
  await page.goto('/phan-anh');
  await page.waitForLoadState('networkidle');
  await expectFitsScreen(page, 'citizen report form');
  await expectTouchTargets(page.locator('button'), 'citizen report form');
});

it('on a phone: notification settings put each kind over its choice, fit the screen, take a fingertip and save a choice', async () => {
  const page = await openPhonePage(browser);
  await logInOnPhone(page, 'canbo1');
  await page.getByRole('button', { name: /^Thông báo/ }).click();
  await page.getByRole('button', { name: 'Cài đặt thông báo' }).click();
  await page.waitForURL((url) => url.pathname === '/cai-dat-thong-bao');
  await page.locator('.notification-settings-row').first().waitFor();
  await page.waitForLoadState('networkidle');
  await expectFitsScreen(page, 'notification settings');
  await expectTouchTargets(page.locator('.notification-channel-select'), 'notification settings');
  // Stacked: each choice spans the card under its kind's name, none squeezed beside it.
  const rows = await page.locator('.notification-settings-row').evaluateAll((elements) =>
    elements.map((row) => {
      const [kind, choice] = [row.querySelector('.notification-settings-kind')!, row.querySelector('.notification-channel-select')!].map((e) =>
        e.getBoundingClientRect(),
      );
      return { below: choice.top >= kind.bottom - 1, wide: choice.width >= row.getBoundingClientRect().width - 1 };
    }),
  );
  expect(rows.length).toBeGreaterThan(3);
  expect(rows.filter((row) => !row.below || !row.wide)).toEqual([]);
  const kind = (await page.locator('.notification-settings-kind strong').first().textContent())!.trim();
  await choose(page, page, `Cách nhận: ${kind}`, 'Gửi e-mail ngay', { search: false });
  await page.getByText('Đã lưu cách nhận thông báo').waitFor();
  await expectFitsScreen(page, 'notification settings after saving');
});
