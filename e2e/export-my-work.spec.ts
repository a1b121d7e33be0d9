import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('a staff member exports "Việc của tôi" to Excel and gets the tasks the list shows', async () => {
  const page = await openPage(browser);
  await logIn(page, 'canbo1');
  await page.goto('/viec-cua-toi');
  const firstTask = page.getByRole('table', { name: 'Việc tôi chủ trì' }).getByRole('link').first();
  await firstTask.waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^viec-cua-toi-\d{2}-\d{2}-\d{4}\.xlsx$/);
  await page.getByText(/^Đã xuất \d+ dòng$/).waitFor();

  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Tên nhiệm vụ');
  expect(sheet.rowCount).toBeGreaterThan(1);
  expect(sheet.getRow(2).getCell(10).value).toBeInstanceOf(Date);
});
