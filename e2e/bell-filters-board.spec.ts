import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A grouped bell line of task warnings, as the server sends it (the demo's sweep has not run yet when the journey starts). */
const groupedLine = (signal: 'due_soon' | 'stalled', count: number) => ({
  id: crypto.randomUUID(),
  kind: 'signal',
  title: { vi: `${count} nhiệm vụ ${signal === 'due_soon' ? 'sắp đến hạn' : 'không cập nhật tiến độ'}`, en: `${count} tasks` },
  subject: null,
  signal: { kind: signal, level: 0 },
  createdAt: new Date().toISOString(),
  readAt: null,
  needsAction: false,
  line: { key: `signal:${signal}:today`, count, unread: count, boardSignal: signal },
});

/** The warning the unit board is filtered by, as its filter shows it. */
const shownWarning = (page: Page) => page.locator('.work-filters .ant-select').filter({ has: page.getByLabel('Cảnh báo', { exact: true }) });

it('a grouped bell line re-filters the unit board that is already open: the address is what the board shows', async () => {
  const page = await openPage(browser);
  await page.route('**/api/v1/notifications?*', (route) =>
    route.fulfill({ json: { items: [groupedLine('due_soon', 7), groupedLine('stalled', 12)], nextCursor: null } }),
  );
  await page.route('**/api/v1/notifications/read', (route) => route.fulfill({ json: { marked: 1 } }));
  await logIn(page, 'truongban');
  // The old filter: every status, overdue tasks only; remembered, it comes back when the board opens bare.
  await page.goto('/viec-don-vi?status=all&signal=overdue');
  await shownWarning(page).filter({ hasText: 'Quá hạn' }).waitFor();
  await page.goto('/');
  await page.goto('/viec-don-vi');
  await page.waitForURL((url) => url.searchParams.get('signal') === 'overdue');
  await shownWarning(page).filter({ hasText: 'Quá hạn' }).waitFor();

  for (const [signal, label] of [
    ['due_soon', 'Sắp đến hạn'],
    ['stalled', 'Không cập nhật tiến độ'],
  ] as const) {
    // The line's filter alone: open tasks again (the default), not the old "every status".
    const listed = page.waitForRequest((request) => {
      const url = request.url();
      return url.includes('/api/v1/tasks?') && url.includes(`signal=${signal}`) && url.includes('status=assigned');
    });
    await page.getByRole('button', { name: /^Thông báo/ }).click();
    await page.locator('.notification-open').filter({ hasText: label.toLowerCase() }).click();
    await page.waitForURL((url) => url.pathname === '/viec-don-vi' && url.searchParams.get('signal') === signal);
    await listed;
    await shownWarning(page).filter({ hasText: label }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).not.toBe('all');
  }
  // Back goes to the board as it was before the line was clicked.
  await page.goBack();
  await shownWarning(page).filter({ hasText: 'Sắp đến hạn' }).waitFor();
});
