import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { html, renderPublicPage } from '../../platform/public-html.js';
import { linkTo, siteNav, siteOf } from '../news/index.js';
import { accountabilityOf, type UnitAccountability } from './accountability.queries.js';
import { percentText } from './reports.rules.js';

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

function unitSection(unit: UnitAccountability) {
  const peak = Math.max(1, ...unit.trend.map((row) => row.completed));
  return html`<section class="card"><h2>${unit.unitName}</h2>
<table><tbody>
<tr><th>Nhiệm vụ hoàn thành đúng hạn (12 tháng)</th><td class="n">${percentText(unit.onTime, unit.completed)}</td><td class="n">${unit.onTime}/${unit.completed}</td></tr>
<tr><th>Phản ánh được tiếp nhận trong 8 giờ làm việc</th><td class="n">${percentText(unit.reportsAcceptedInTime, unit.reportsReceived)}</td><td class="n">${unit.reportsAcceptedInTime}/${unit.reportsReceived}</td></tr>
<tr><th>Phản ánh đã được trả lời</th><td class="n">${percentText(unit.reportsAnswered, unit.reportsReceived)}</td><td class="n">${unit.reportsAnswered}/${unit.reportsReceived}</td></tr>
<tr><th>Mức hài lòng trung bình (1–5)</th><td class="n">${unit.averageRating === null ? '-' : unit.averageRating.toLocaleString('vi-VN')}</td><td></td></tr>
</tbody></table>
<h3>Xu hướng theo tháng: nhiệm vụ hoàn thành, trong đó đúng hạn</h3>
<table><thead><tr><th>Tháng</th><th>Hoàn thành</th><th>Đúng hạn</th><th>Tỷ lệ</th><th></th></tr></thead><tbody>${unit.trend.map(
    (row) =>
      html`<tr><td>${monthLabel(row.month)}</td><td class="n">${row.completed}</td><td class="n">${row.onTime}</td><td class="n">${percentText(row.onTime, row.completed)}</td><td><span style="${`display:inline-block;height:10px;background:#a30d11;width:${Math.round((row.completed / peak) * 120)}px`}"></span></td></tr>`,
  )}</tbody></table></section>`;
}

/** The public accountability page: aggregated figures of the units the agency chose to publish, nothing about a person or a task. */
export const accountabilityPages: FastifyPluginAsync<{ db: Db; clock: Clock }> = async (app, deps) => {
  app.get('/cong-khai', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, '/cong-khai');
    if (!site) return reply;
    const units = await accountabilityOf(deps.db, site.agency.id, deps.clock.now());
    const body = html`<h1>Công khai kết quả giải quyết công việc</h1>
<p>Số liệu tổng hợp 12 tháng gần nhất của các đơn vị đăng ký công khai, tính từ hệ thống; không nêu tên cá nhân hay nội dung từng việc.</p>
${units.length === 0 ? html`<p>Chưa có đơn vị nào đăng ký công khai.</p>` : units.map(unitSection)}
<p><a class="cta" href="/phan-anh">Gửi phản ánh, kiến nghị</a> <a href="${linkTo(site, '/tin-tuc')}">Tin tức</a></p>`;
    const page = renderPublicPage({
      title: 'Công khai kết quả',
      description: `Kết quả giải quyết công việc của ${site.agency.name}`,
      url: `${site.origin}${linkTo(site, '/cong-khai')}`,
      siteName: site.agency.name,
      nav: siteNav(site),
      body,
    });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(page);
  });
};
