import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { choose } from './support/select.js';
import { startServer, type StartedServer } from './support/start-server.js';

// This journey needs a database without any agency: its own server, started with SEED_DEMO=false.
let server: StartedServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ name: 'empty', port: 4000 + (process.pid % 90), seedDemo: false });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const AGENCY = 'Cơ quan Ủy ban MTTQ Việt Nam Thành phố';
const ADMIN_PASSWORD = 'Song-Hong-mua-thu-2026';
const INITIAL_PASSWORD = 'mat-khau-ban-dau-2026';

it('from an empty database: setup page, the administrator builds a unit and a person, gives her a login as unit head, she changes her password and sees her unit', async () => {
  const setupPath = /\/cai-dat\?token=[A-Za-z0-9_-]+/.exec(server.output())?.[0];
  expect(setupPath).toBeDefined();
  const page = await openPage(browser, server.baseUrl);
  await page.goto('/cai-dat?token=khong-dung-ma-nay-0123456789');
  await page.getByText('Không tìm thấy trang cài đặt').waitFor();

  await page.goto(setupPath!);
  await page.getByLabel('Tên cơ quan').fill(AGENCY);
  await page.getByLabel('Họ tên quản trị viên').fill('Quản trị hệ thống');
  await page.getByLabel('Tên đăng nhập quản trị viên').fill('admin');
  await page.getByLabel('Mật khẩu quản trị viên').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Tạo cơ quan' }).click();
  await page.getByText(`Đã tạo cơ quan ${AGENCY}`).waitFor();
  await page.goto(setupPath!);
  await page.getByText('Không tìm thấy trang cài đặt').waitFor();

  await logIn(page, 'admin', ADMIN_PASSWORD);
  await page.getByRole('menuitem', { name: 'Tổ chức, cán bộ' }).click();
  const tree = page.locator('.ant-tree');
  await tree.getByText(AGENCY, { exact: true }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unitDrawer = page.getByRole('dialog').filter({ hasText: 'Tên đơn vị' });
  await unitDrawer.getByLabel('Tên đơn vị').fill('Ban Tổ chức');
  await unitDrawer.getByLabel('Mã đơn vị').fill('BTC');
  await unitDrawer.getByRole('button', { name: 'Lưu' }).click();
  await tree.getByText('Ban Tổ chức').click();
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const personDrawer = page.getByRole('dialog').filter({ hasText: 'Họ và tên' });
  await personDrawer.getByLabel('Họ và tên').fill('Lê Thị Mai');
  await personDrawer.getByLabel('Chức vụ').fill('Trưởng ban');
  await personDrawer.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu').first().waitFor();

  await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
  await page.getByRole('button', { name: 'Cấp tài khoản' }).click();
  const accountDrawer = page.getByRole('dialog').filter({ hasText: 'Cấp tài khoản cho cán bộ' });
  await choose(page, accountDrawer, 'Cán bộ', 'Lê Thị Mai', { search: 'le thi mai' });
  await expect.poll(() => accountDrawer.getByLabel('Tên đăng nhập').inputValue()).toBe('mailt');
  await accountDrawer.getByLabel('Mật khẩu ban đầu', { exact: true }).fill(INITIAL_PASSWORD);
  await choose(page, accountDrawer, 'Vai trò', 'Trưởng đơn vị', { search: false, multiple: true });
  await choose(page, accountDrawer, 'Trưởng đơn vị của', 'Ban Tổ chức');
  await accountDrawer.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã cấp tài khoản').waitFor();
  await page.locator('.ant-table-row').filter({ hasText: 'mailt' }).getByText('Chờ đổi mật khẩu').waitFor();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL('**/dang-nhap');

  await logIn(page, 'mailt', INITIAL_PASSWORD);
  await page.getByText('Đổi mật khẩu lần đầu').waitFor();
  await page.getByLabel('Mật khẩu hiện tại').fill(INITIAL_PASSWORD);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-cua-mai-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-cua-mai-2026');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('menuitem', { name: 'Việc của đơn vị' }).click();
  await page.waitForURL('**/viec-don-vi');
  await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
  await expect.poll(() => page.getByRole('menuitem', { name: 'Tài khoản' }).count()).toBe(0);
});
