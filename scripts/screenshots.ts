/**
 * Re-takes the README's screenshots (docs/screens/) at 1440×900 and 390×844 from a running server
 * with the demo agency, and says which pages are wider than the screen:
 *
 *   npm run build && PORT=4151 DATA_DIR=/tmp/screens-data WEB_CONCURRENCY=1 NODE_ENV=production \
 *     SEED_DEMO=true node dist/server/main.mjs &
 *   BASE_URL=http://127.0.0.1:4151 npx tsx scripts/screenshots.ts
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4151';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Congvu@2026';
const OUT_DIR = resolve(import.meta.dirname, '../docs/screens');

const screens = [
  { name: 'home', user: 'canbo1', path: '/' },
  { name: 'my-work', user: 'canbo1', path: '/viec-cua-toi' },
  { name: 'unit-board', user: 'truongban', path: '/viec-don-vi' },
  { name: 'dashboard', user: 'lanhdao', path: '/bang-theo-doi' },
  { name: 'citizen-report', user: null, path: '/phan-anh' },
] as const;

const sizes = [
  { suffix: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false },
  { suffix: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

async function shoot(browser: Browser, screen: (typeof screens)[number], size: (typeof sizes)[number]) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: size.viewport,
    isMobile: size.isMobile,
    hasTouch: size.isMobile,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  if (screen.user) {
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(screen.user);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  }
  await page.goto(screen.path);
  await page.waitForLoadState('networkidle');
  // Charts and skeletons settle after the data arrives.
  await page.waitForTimeout(1000);
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  const file = `${screen.name}-${size.suffix}.png`;
  await page.screenshot({ path: resolve(OUT_DIR, file) });
  console.info(`${file}${overflow > 0 ? `  (wider than the screen by ${overflow} px)` : ''}`);
  await context.close();
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const screen of screens) for (const size of sizes) await shoot(browser, screen, size);
} finally {
  await browser.close();
}
