import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

const DEMO_ROLES = ['admin', 'lanhdao', 'truongban', 'canbo1', 'thanhtra', 'bientap'];
// Every "not found" the app shows reads "Không tìm thấy …" (a page, a task, a case, a report, a document).
const NOT_FOUND = /Không tìm thấy (trang|nhiệm vụ|vụ việc|văn bản|kế hoạch|phản ánh)$/;
const LINKS_PER_PAGE = 4;
const PAGES_PER_ROLE = 20;
// Twenty pages, each loaded until the network is idle, on a machine shared by the server and Chromium.
const ROLE_TIMEOUT_MS = 300_000;

/** The app's own links in the page's content (not the menu), without duplicates. */
async function contentLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#main-content a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return [...new Set(hrefs)].filter((href) => !href.startsWith('/api/'));
}

/** The home page's tiles: one per main page the person's roles open (the menu navigates by script). */
async function mainPages(page: Page): Promise<string[]> {
  await page.locator('.module-card-link').first().waitFor();
  return page.locator('.module-card-link').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

for (const username of DEMO_ROLES) {
  it(
    `every link ${username} is shown on the main pages and the records they open opens (no "not found")`,
    async () => {
      const page = await openPage(browser);
      await logIn(page, username);
      await page.waitForLoadState('networkidle');
      const queue = ['/', ...(await mainPages(page))];
      const visited = new Set<string>();
      const broken: string[] = [];
      // The main pages, then the records their content links to, then those records' links.
      for (let depth = 0; depth < 3 && queue.length > 0; depth += 1) {
        const level = queue.splice(0);
        for (const path of level) {
          if (visited.has(path) || visited.size >= PAGES_PER_ROLE) continue;
          visited.add(path);
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          if ((await page.getByText(NOT_FOUND).count()) > 0) broken.push(path);
          if (depth < 2) queue.push(...(await contentLinks(page)).filter((href) => !visited.has(href)).slice(0, LINKS_PER_PAGE));
        }
      }
      expect(broken).toEqual([]);
      expect(visited.size).toBeGreaterThan(3);
    },
    ROLE_TIMEOUT_MS,
  );
}
