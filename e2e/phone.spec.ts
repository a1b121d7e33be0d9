import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
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

// Reporting progress at phone size is not driven yet: after accepting, the "Cập nhật tiến độ" dialog
// did not open within 30 s in this journey (issue #30's note); the desktop journey covers the command.
it('on a phone: a task assigned from the unit board opens from the owner\'s "Việc của tôi" and accepts', async () => {
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
  await owner.getByRole('button', { name: 'Tiếp nhận', exact: true }).first().waitFor({ state: 'detached' });
  await expectFitsScreen(owner, 'task page after accepting');
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
