import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from './support/axe.js';
import { launchChromium, logIn, openPage } from './support/browser.js';

// The main pages of each demo role, checked with axe-core (WCAG 2.1 AA) as they load.
const MAIN_PAGES: Record<string, string[]> = {
  canbo1: ['/', '/viec-cua-toi', '/quan-triet-cua-toi'],
  truongban: ['/viec-don-vi', '/bang-theo-doi'],
  admin: ['/nhat-ky', '/to-chuc', '/phan-anh-cua-nguoi-dan'],
  thanhtra: ['/ky-luat/vu-viec', '/ky-luat/danh-muc'],
  bientap: ['/van-ban', '/hoi-nghi'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('the public pages have no serious or critical accessibility problem, and the login page logs no error', async () => {
  const page = await openPage(browser);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  await page.goto('/phan-anh');
  await page.waitForLoadState('networkidle');
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
});

for (const [username, paths] of Object.entries(MAIN_PAGES)) {
  it(`${username}'s main pages have no serious or critical accessibility problem`, async () => {
    const page = await openPage(browser);
    await logIn(page, username);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await seriousAccessibilityProblems(page), path).toEqual([]);
    }
  });
}

it("the home page puts the person's work before the way to every module", async () => {
  const page = await openPage(browser);
  await logIn(page, 'canbo1');
  await page.goto('/');
  const todo = page.getByText('Việc cần làm', { exact: true }).first();
  await todo.waitFor();
  const modules = page.locator('#home-modules');
  await modules.waitFor();
  expect((await todo.boundingBox())!.y).toBeLessThan((await modules.boundingBox())!.y);
});
