import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';
import { openedDialog } from './support/dialog.js';
import { choose } from './support/select.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The Monday after this week, in Hà Nội: the demo has already published this week's schedule. */
function nextMonday(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7 || 7));
  return date.toISOString().slice(0, 10);
}

async function addEntry(page: Page, entry: { content: string; time: string; place: string; afternoon?: boolean }) {
  await page.getByRole('button', { name: 'Thêm mục lịch' }).click();
  const drawer = await openedDialog(page);
  if (entry.afternoon) await choose(page, drawer, 'Buổi', 'Chiều', { search: false });
  await drawer.getByLabel('Thời gian', { exact: true }).fill(entry.time);
  await drawer.getByLabel('Nội dung', { exact: true }).fill(entry.content);
  await drawer.getByLabel('Địa điểm', { exact: true }).fill(entry.place);
  await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('cell', { name: entry.content }).waitFor();
}

it('the Office drafts the week, a leader approves, the Office publishes, a staff member reads it and downloads it', async () => {
  const week = nextMonday();
  const path = `/lich-tuan?tuan=${week}`;
  const office = await openPage(browser);
  await logIn(office, 'office.head');
  await office.goto(path);
  await office.getByRole('button', { name: 'Soạn lịch tuần' }).click();
  await office.getByText('Bản nháp').waitFor();
  await addEntry(office, { content: 'Giao ban lãnh đạo đầu tuần (hành trình thử)', time: '08:00', place: 'Phòng họp tầng 2' });
  await addEntry(office, { content: 'Làm việc với Ban Tuyên giáo (hành trình thử)', time: '14:00', place: 'Phòng họp tầng 3', afternoon: true });
  await office.getByRole('button', { name: 'Gửi lãnh đạo duyệt' }).click();
  await office.getByText('Chờ duyệt').waitFor();

  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto(path);
  await leader.getByRole('button', { name: 'Duyệt lịch' }).click();
  await leader.getByText('Đã duyệt').waitFor();

  await office.reload();
  await office.getByRole('button', { name: 'Đăng lịch' }).click();
  const confirm = await openedDialog(office);
  await confirm.getByRole('checkbox').check();
  await confirm.getByRole('button', { name: /OK|Đồng ý/ }).click();
  await office.getByText('Trên cổng thông tin', { exact: true }).waitFor();

  const staff = await openPage(browser);
  await logIn(staff, 'canbo1');
  await staff.goto(path);
  await staff.getByText('Đã đăng').waitFor();
  await staff.getByRole('cell', { name: 'Làm việc với Ban Tuyên giáo (hành trình thử)' }).waitFor();
  expect(await staff.getByRole('button', { name: 'Thêm mục lịch' }).count()).toBe(0);
  const download = staff.waitForEvent('download');
  await staff.getByRole('link', { name: /Tải Word/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^lich-cong-tac-tuan-\\d+-${week}\\.docx$`));
  const zip = await JSZip.loadAsync(await streamToBuffer(await file.createReadStream()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('LỊCH CÔNG TÁC TUẦN');
  expect(xml).toContain('Giao ban lãnh đạo đầu tuần (hành trình thử)');

  const visitor = await openPage(browser);
  await visitor.goto(`/lich-cong-tac?tuan=${week}`);
  await visitor.getByRole('cell', { name: 'Giao ban lãnh đạo đầu tuần (hành trình thử)' }).waitFor();
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
