import type { FastifyPluginAsync } from 'fastify';
import type { ScheduleEntry } from '../../../contracts/schedule.js';
import type { Db } from '../../db/client.js';
import { addCalendarDays, formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import type { Clock } from '../../platform/clock.js';
import { html, renderPublicPage } from '../../platform/public-html.js';
import { linkTo, siteNav, siteOf } from '../news/index.js';
import { findPeople } from '../org/index.js';
import { COLUMNS, dayLabel, entryCells, groupedEntries, sessionLabel, weekTitle } from './schedule.layout.js';
import { toEntry, toWeeklySchedule } from './schedule.presenter.js';
import * as repository from './schedule.repository.js';
import { weekBounds } from './schedule.rules.js';

const reader = { isOffice: false, isLeader: false };

/** The schedule table, server-rendered; every value is escaped by `html`. */
function tableOf(entries: ScheduleEntry[]) {
  return html`<table><thead><tr>${COLUMNS.map((label) => html`<th>${label}</th>`)}</tr></thead><tbody>${groupedEntries(entries).map((day) =>
    day.sessions.map((session, s) =>
      session.entries.map(
        (entry, e) =>
          html`<tr>${s === 0 && e === 0 ? html`<td rowspan="${String(day.sessions.reduce((sum, x) => sum + x.entries.length, 0))}"><strong>${dayLabel(day.day)}</strong></td>` : ''}${e === 0 ? html`<td rowspan="${String(session.entries.length)}">${sessionLabel[session.session]}</td>` : ''}${entryCells(entry).map((text) => html`<td>${text}</td>`)}</tr>`,
      ),
    ),
  )}</tbody></table>`;
}

/** The weekly schedule on the public site: only a published week the agency chose to show there; meetings stay internal. */
export const schedulePublicPages: FastifyPluginAsync<{ db: Db; clock: Clock }> = async (app, deps) => {
  app.get<{ Querystring: { tuan?: string } }>('/lich-cong-tac', async (request, reply) => {
    const site = await siteOf(deps.db, request, reply, '/lich-cong-tac');
    if (!site) return reply;
    const asked = /^\d{4}-\d\d-\d\d$/.test(request.query.tuan ?? '') && !Number.isNaN(Date.parse(request.query.tuan!)) ? request.query.tuan! : null;
    const { weekStart } = weekBounds(asked ?? localDateOf(deps.clock.now()));
    const found = await repository.findScheduleOfWeek(deps.db, site.agency.id, weekStart);
    const schedule = found?.status === 'published' && found.isPublic ? found : null;
    const rows = schedule ? await repository.entriesOf(deps.db, schedule.id) : [];
    const people = await findPeople(deps.db, site.agency.id, [...new Set(rows.flatMap((row) => row.participantIds))]);
    const week = toWeeklySchedule(
      weekStart,
      schedule,
      rows.map((row) => toEntry(row, new Map(people.map((p) => [p.id, p.fullName])))),
      reader,
    );
    const link = (day: string) => `${linkTo(site, '/lich-cong-tac')}${site.query ? '&' : '?'}tuan=${day}`;
    const body = html`<h1>Lịch công tác tuần</h1>
<p class="meta">${weekTitle(week)}</p>
<p><a href="${link(addCalendarDays(weekStart, -7))}">← Tuần trước</a> · <a href="${link(addCalendarDays(weekStart, 7))}">Tuần sau →</a></p>
${schedule ? tableOf(week.entries) : html`<p>Lịch công tác tuần từ ${formatVietnameseDate(weekStart)} chưa được công bố.</p>`}`;
    const page = renderPublicPage({
      title: 'Lịch công tác tuần',
      description: `Lịch công tác tuần của ${site.agency.name}`,
      url: `${site.origin}${linkTo(site, '/lich-cong-tac')}`,
      siteName: site.agency.name,
      nav: siteNav(site),
      body,
    });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60').header('x-content-type-options', 'nosniff').send(page);
  });
};
