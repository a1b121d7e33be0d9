import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const DIRECTIVE_CAMPAIGN = 'Quán triệt Chỉ thị số 24-CT/TU và 25 biểu hiện vi phạm kỷ cương, kỷ luật';
const RULE_CAMPAIGN = 'Quán triệt Quy định số 08-QĐ/ĐU về trách nhiệm giải quyết công việc và văn hóa công vụ';
const MEETING = 'Hội nghị quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy';
const RECEPTION_NEWS = 'Thông báo lịch tiếp công dân của lãnh đạo cơ quan';
const TRAINING_NEWS = 'Tập huấn sử dụng phần mềm theo dõi nhiệm vụ cho cán bộ các đơn vị';

const row = (page: Page, title: string) => page.locator('.ant-table-tbody .ant-table-row').filter({ hasText: title });
/** The titles (first column) the list shows once its answer has arrived. */
const shownTitles = (page: Page) => page.locator('.ant-table-tbody .ant-table-row > td:first-child').allTextContents();
const TIMEOUT = { timeout: 30_000, interval: 250 };

/** Types into a list's search box; the list asks the server once the typing pauses. */
async function search(page: Page, boxLabel: string, query: string) {
  await page.getByLabel(boxLabel).fill(query);
}

/** Clicks the list's "Xuất Excel" and opens the downloaded file as a workbook: header titles and rows of values. */
async function exportShown(page: Page, fileName: RegExp) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(fileName);
  // The count when the server announced it, else that the file was saved.
  await page.getByText(/^Đã xuất (\d+ dòng|tệp Excel)$/).waitFor();
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  const sheet = workbook.worksheets[0]!;
  const values = (index: number) => (sheet.getRow(index).values as unknown[]).slice(1);
  return { headers: values(1), rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2)) };
}

it('a leader searches campaigns and meetings without accents and exports what each list shows to Excel', async () => {
  const page = await openPage(browser);
  await logIn(page, 'lanhdao');

  await page.goto('/quan-triet');
  await row(page, DIRECTIVE_CAMPAIGN).waitFor();
  await row(page, RULE_CAMPAIGN).waitFor();
  await search(page, 'Tìm theo tên đợt quán triệt (gõ có dấu hoặc không dấu)', 'quy dinh so 08');
  await expect.poll(() => shownTitles(page), TIMEOUT).toEqual([RULE_CAMPAIGN]);
  const campaigns = await exportShown(page, /^dot-quan-triet-\d{2}-\d{2}-\d{4}\.xlsx$/);
  expect(campaigns.headers.slice(0, 3)).toEqual(['Tên đợt quán triệt', 'Đơn vị tổ chức', 'Trạng thái']);
  expect(campaigns.rows.map((values) => values[0])).toEqual([RULE_CAMPAIGN]);

  await page.goto('/hoi-nghi');
  await row(page, MEETING).waitFor();
  const meetingBox = 'Tìm theo tên hội nghị (gõ có dấu hoặc không dấu)';
  await search(page, meetingBox, 'hoi nghi khong co trong lich');
  await page.getByText('Chưa có hội nghị nào').waitFor();
  await search(page, meetingBox, 'hoi nghi quan triet chi thi');
  await expect.poll(() => shownTitles(page), TIMEOUT).toEqual([MEETING]);
  const meetings = await exportShown(page, /^hoi-nghi-\d{2}-\d{2}-\d{4}\.xlsx$/);
  expect(meetings.headers.slice(0, 4)).toEqual(['Tên hội nghị', 'Bắt đầu', 'Kết thúc', 'Địa điểm']);
  expect(meetings.rows.map((values) => values[0])).toEqual([MEETING]);
  expect(meetings.rows[0]![1]).toBeInstanceOf(Date);
});

it('an editor finds an article in the news list by typing without accents', async () => {
  const page = await openPage(browser);
  await logIn(page, 'bientap');
  await page.goto('/quan-ly-tin-tuc');
  await row(page, TRAINING_NEWS).waitFor();
  await search(page, 'Tìm theo tiêu đề, tóm tắt (gõ có dấu hoặc không dấu)', 'lich tiep cong dan');
  await expect.poll(() => shownTitles(page), TIMEOUT).toEqual([RECEPTION_NEWS]);
});
