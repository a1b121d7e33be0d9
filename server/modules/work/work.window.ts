import type { z } from 'zod';
import { MAX_WINDOW_DAYS, type taskWindowQuery } from '../../../contracts/work-views.js';
import { queryRows } from '../../db/client.js';
import { type Actor } from '../../platform/actor.js';
import { addCalendarDays, daysBetween, weekdayOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { validationError } from '../../platform/errors.js';
import { findUnit, type NameCache } from '../org/index.js';
import { sql } from 'drizzle-orm';
import type { WorkDeps } from './work.deps.js';
import { proposedOwnerOf } from './work.state.js';
import { listAudienceOf } from './work.policy.js';
import { presentTaskSummary } from './work.presenter.js';
import { listTaskPage, type TaskAudience } from './work.task-page.js';

type WindowQuery = z.infer<typeof taskWindowQuery>;

const field = (name: string, vi: string, en: string) => validationError([{ field: `querystring.${name}`, message: { vi, en } }]);

/** Weekdays off and weekend days worked inside [from, to], for shading the calendar and timeline. */
export function calendarDaysIn(calendar: WorkingCalendar, from: string, to: string) {
  const holidays: string[] = [];
  const makeupDays: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    const isWeekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const isWorking = calendar.isWorkingDay(day);
    if (!isWeekend && !isWorking) holidays.push(day);
    if (isWeekend && isWorking) makeupDays.push(day);
  }
  return { holidays, makeupDays };
}

/** The window is bounded before any read: from ≤ to, at most MAX_WINDOW_DAYS days. */
export function checkWindow(from: string, to: string) {
  if (to < from) throw field('to', 'Ngày cuối phải sau ngày đầu', 'The end must not be before the start');
  if (daysBetween(from, to) + 1 > MAX_WINDOW_DAYS)
    throw field('to', `Chỉ xem tối đa ${MAX_WINDOW_DAYS} ngày một lần`, `At most ${MAX_WINDOW_DAYS} days at a time`);
}

async function planExists(deps: WorkDeps, agencyId: string, planId: string) {
  const rows = await queryRows(deps.db, sql`select 1 from plans where agency_id = ${agencyId} and document_id = ${planId}`);
  return rows.length > 0;
}

/**
 * The tasks due inside a bounded window, in the actor's scope (filtered in SQL, read in the
 * (due date, id) order of the scope and owner indexes), for the calendar and the timeline.
 */
export async function taskWindow(deps: WorkDeps & { names: NameCache }, actor: Actor, query: WindowQuery) {
  checkWindow(query.from, query.to);
  let audience: TaskAudience;
  if (query.view === 'mine') {
    if (!actor.personId) return { from: query.from, to: query.to, holidays: [], makeupDays: [], items: [], truncated: false };
    audience = { kind: 'owner', personId: actor.personId };
  } else audience = listAudienceOf(actor);
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await findUnit(deps.db, actor.agencyId, query.unitId);
    if (!unit) throw field('unitId', 'Đơn vị không tồn tại', 'Unit does not exist');
    unitPath = unit.path;
  }
  if (query.planId && !(await planExists(deps, actor.agencyId, query.planId))) throw field('planId', 'Kế hoạch không tồn tại', 'Plan does not exist');
  const rows = await listTaskPage(deps.db, {
    agencyId: actor.agencyId,
    audience,
    viewer: { personId: actor.personId, unitId: actor.unitId },
    statuses: query.status,
    unitPath,
    planId: query.planId,
    dueFrom: query.from,
    dueTo: query.to,
    limit: query.limit,
  });
  const truncated = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const [calendar, names] = await Promise.all([
    deps.calendars.get(actor.agencyId),
    deps.names.lookup(
      actor.agencyId,
      page.flatMap(({ task }) => [task.ownerId, task.assignerId, proposedOwnerOf(task)]).filter((id): id is string => id !== null),
      page.map(({ task }) => task.unitId),
    ),
  ]);
  const now = deps.clock.now();
  const items = page.map(({ task, isCollaborator }) => {
    const row = { task, ownerName: names.person(task.ownerId), assignerName: names.person(task.assignerId), unitName: names.unit(task.unitId) };
    const proposedOwnerId = proposedOwnerOf(task);
    const proposed = proposedOwnerId ? new Map([[proposedOwnerId, names.person(proposedOwnerId)]]) : undefined;
    return presentTaskSummary(row, { actor, now, calendar, settings: deps.signalSettings, names: proposed }, isCollaborator);
  });
  return { from: query.from, to: query.to, ...calendarDaysIn(calendar, query.from, query.to), items, truncated };
}
