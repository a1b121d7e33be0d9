import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, logIn, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Sends a step's form on the scorecard page and waits for the step it leads to. */
async function send(page: Page, action: string, nextState: string) {
  await page.locator('form').getByRole('button', { name: action, exact: true }).click();
  await page.getByText(nextState, { exact: true }).first().waitFor();
}

it('self-assessment → review with an override → decision → publication → appeal → answer', async () => {
  // The demo's current month is open in self-assessment; Trịnh Văn Dũng's work is assigned by the head of his Ban.
  const staff = await openPage(browser);
  await logIn(staff, 'canbo1');
  await staff.goto('/danh-gia-cua-toi');
  await staff.getByRole('img', { name: 'Điểm qua các kỳ' }).waitFor();
  await staff.getByRole('link', { name: 'Mở phiếu' }).first().click();
  await staff.waitForURL(/\/danh-gia\/phieu\/[0-9a-f-]{36}$/);
  const scorecardUrl = new URL(staff.url()).pathname;
  await staff.getByText('Đánh giá hằng tháng (Thành ủy Hà Nội)').waitFor();
  await staff
    .getByText(/Quyết định 3814-QĐ\/TU/)
    .first()
    .waitFor();
  await staff.getByRole('link', { name: 'Xem nhiệm vụ' }).first().waitFor();
  await staff.getByLabel('Điểm tiêu chí chung (tối đa 20)').fill('18');
  await staff.getByLabel('Điểm thưởng đề xuất (tối đa 10)').fill('2');
  await staff.getByLabel('Nhận xét').fill('Hoàn thành các nhiệm vụ được giao, có nhiệm vụ còn trễ.');
  await send(staff, 'Gửi tự đánh giá', 'Chờ xem xét');

  const head = await openPage(browser);
  await logIn(head, 'truongban');
  await head.goto('/danh-gia/cho-xu-ly');
  await head.getByRole('link', { name: 'Trịnh Văn Dũng' }).first().click();
  await head.waitForURL(`**${scorecardUrl}`);
  await head.getByRole('button', { name: 'Sửa một điểm (ghi lý do)' }).click();
  await head.getByPlaceholder('Giá trị mới').fill('60');
  await head.getByLabel('Lý do', { exact: true }).fill('Hai sản phẩm phải bổ sung nhiều lần theo ý kiến lãnh đạo Ban');
  await send(head, 'Hoàn thành xem xét', 'Chờ quyết định');
  await head.getByText(/Người đánh giá sửa điểm kết quả nhiệm vụ: .* → 60 \(lý do: Hai sản phẩm phải bổ sung/).waitFor();
  expect(await head.getByTestId('scorecard-score').textContent()).toBe('80');
  await head.locator('form').getByRole('button', { name: 'Quyết định', exact: true }).click();
  await head.getByText('Mức quyết định').first().waitFor();

  const leader = await openPage(browser);
  await logIn(leader, 'lanhdao');
  await leader.goto('/danh-gia/ky');
  await leader
    .getByRole('link')
    .filter({ hasText: /^Tháng/ })
    .first()
    .click();
  await leader.getByText('Phân bố mức xếp loại so với tỷ lệ trần').waitFor();
  await leader.getByRole('button', { name: 'Công bố kết quả đã quyết định' }).click();
  await leader.getByText(/Đã công bố: 1/).waitFor();

  await staff.goto(scorecardUrl);
  await staff.getByText('Đã công bố', { exact: true }).first().waitFor();
  await staff.getByLabel('Lý do', { exact: true }).fill('Sản phẩm bổ sung theo yêu cầu mới của lãnh đạo, không phải lỗi lớn.');
  await send(staff, 'Gửi kiến nghị', 'Đang kiến nghị');

  await head.goto(scorecardUrl);
  await head.getByLabel('Nội dung trả lời').fill('Giữ nguyên loại B: các lần trả lại đều do thiếu nội dung theo đề cương.');
  await send(head, 'Trả lời kiến nghị', 'Kết thúc');
  await head.getByText('Giữ nguyên loại B: các lần trả lại đều do thiếu nội dung theo đề cương.').waitFor();
});
