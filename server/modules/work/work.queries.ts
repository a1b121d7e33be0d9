import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { dashboardQuery, taskCountQuery, taskListQuery, trendQuery } from '../../../contracts/work.js';
import { queryRows } from '../../db/client.js';
import { type Actor, seesWholeAgency } from '../../platform/actor.js';
import { addCalendarDays, localDateOf, mondayOf } from '../../platform/calendar/dates.js';
import { forbidden, validationError } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { findPeople, findUnit, type NameCache } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { canSeeTask, collaborationOf, listAudienceOf, managesUnitPath } from './work.policy.js';
import { isCollaboratorIn, presentTaskDetail } from './work.presenter.js';
import { presentTaskSummary } from './work.presenter.js';
import { proposedOwnerOf } from './work.state.js';
import * as repository from './work.repository.js';
import { countTaskPageUpTo, listTaskPage, type TaskAudience, type TaskPageFilter } from './work.task-page.js';
import { defaultSignalSettings } from './work.signals.js';
import { taskNotFound } from './work.service.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function taskCursor(cursor: string | undefined): [string, string] | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  if (typeof key[0] !== 'string' || typeof key[1] !== 'string' || !DATE.test(key[0]) || !UUID.test(key[1])) {
    throw validationError([{ field: 'cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
  }
  return [key[0], key[1]];
}

type TaskListFilter = Omit<TaskPageFilter, 'after' | 'limit'>;

/** What a view with these filters lists for the actor, scope included; null when it lists nothing. */
export async function taskListFilterOf(
  deps: WorkDeps,
  actor: Actor,
  query: Omit<z.infer<typeof taskListQuery>, 'cursor' | 'limit'>,
): Promise<TaskListFilter | null> {
  const me = actor.personId;
  let audience: TaskAudience;
  if (query.view === 'mine' || query.view === 'awaiting_my_decision') {
    // An account without a person (an administrator) owns and decides nothing.
    if (!me) return null;
    audience = { kind: query.view === 'mine' ? 'owner' : 'decider', personId: me };
  } else {
    audience = listAudienceOf(actor);
  }
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await findUnit(deps.db, actor.agencyId, query.unitId);
    if (!unit) throw validationError([{ field: 'querystring.unitId', message: { vi: 'Đơn vị không tồn tại', en: 'Unit does not exist' } }]);
    unitPath = unit.path;
  }
  return {
    agencyId: actor.agencyId,
    audience,
    viewer: { personId: actor.personId, unitId: actor.unitId },
    statuses: query.status,
    unitPath,
    ownerId: query.ownerId,
    signal: query.signal,
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    sourceKind: query.sourceKind,
    search: query.q || undefined,
    ids: query.ids,
  };
}

/** One page of tasks for a view, filtered by the actor's scope in SQL, ordered by due date. */
export async function listTasks(deps: WorkDeps & { names: NameCache }, actor: Actor, query: z.infer<typeof taskListQuery>) {
  const filter = await taskListFilterOf(deps, actor, query);
  if (!filter) return { items: [], nextCursor: null };
  const rows = await listTaskPage(deps.db, { ...filter, after: taskCursor(query.cursor), limit: query.limit });
  const page = toPage(rows, query.limit, (row) => [row.task.dueDate, row.task.id]);
  const [calendar, names] = await Promise.all([
    deps.calendars.get(actor.agencyId),
    deps.names.lookup(
      actor.agencyId,
      page.items.flatMap(({ task }) => [task.ownerId, task.assignerId, proposedOwnerOf(task)]).filter((id): id is string => id !== null),
      page.items.map(({ task }) => task.unitId),
    ),
  ]);
  const now = deps.clock.now();
  const items = page.items.map(({ task, isCollaborator }) => {
    const row = { task, ownerName: names.person(task.ownerId), assignerName: names.person(task.assignerId), unitName: names.unit(task.unitId) };
    const proposedOwnerId = proposedOwnerOf(task);
    const proposed = proposedOwnerId ? new Map([[proposedOwnerId, names.person(proposedOwnerId)]]) : undefined;
    return presentTaskSummary(row, { actor, now, calendar, settings: deps.signalSettings, names: proposed }, isCollaborator);
  });
  return { items, nextCursor: page.nextCursor };
}

/** The bound of a warning list's count: past it the list shows its rows without a total. */
export const TASK_COUNT_CAP = 1000;

/** How many tasks a warning's list holds for the actor, in the same scope and filters as the list, up to TASK_COUNT_CAP. */
export async function countTasks(deps: WorkDeps, actor: Actor, query: z.infer<typeof taskCountQuery>) {
  const filter = await taskListFilterOf(deps, actor, query);
  return { total: filter ? await countTaskPageUpTo(deps.db, filter, TASK_COUNT_CAP) : 0 };
}

/** One task with its people, or 404 when the actor may not see it. */
export async function getTask(deps: WorkDeps, actor: Actor, id: string) {
  const found = await repository.findTaskForCommand(deps.db, actor.agencyId, id);
  const isCollaborator = found ? isCollaboratorIn(found.collaborators, actor) : false;
  if (!found || !canSeeTask(actor, found.task, isCollaborator)) throw taskNotFound();
  const proposedOwnerId = proposedOwnerOf(found.task);
  const names = new Map(proposedOwnerId ? [[proposedOwnerId, found.proposedOwnerName ?? '']] : []);
  const context = { actor, now: deps.clock.now(), calendar: await deps.calendars.get(actor.agencyId), settings: deps.signalSettings, names };
  return presentTaskDetail(found, found.collaborators, context, isCollaborator);
}

export async function listTaskEvents(deps: WorkDeps, actor: Actor, id: string) {
  const audience = await repository.findTaskAudience(deps.db, actor.agencyId, id);
  const isCollaborator = audience ? await collaborationOf(actor, audience, () => repository.isCollaborator(deps.db, id, actor)) : false;
  if (!audience || !canSeeTask(actor, audience, isCollaborator)) throw taskNotFound();
  const events = await repository.listEvents(deps.db, id);
  // Past owners may have left the viewer's scope; the history still names them.
  const mentioned = new Set<string>();
  for (const event of events) {
    for (const side of [event.before, event.after] as { ownerId?: string; request?: { proposedOwnerId?: string | null } | null }[]) {
      if (side.ownerId) mentioned.add(side.ownerId);
      if (side.request?.proposedOwnerId) mentioned.add(side.request.proposedOwnerId);
    }
  }
  const people = await findPeople(deps.db, actor.agencyId, [...mentioned]);
  return {
    people: Object.fromEntries(people.map((person) => [person.id, person.fullName])),
    items: events.map((event) => ({
      id: event.id,
      at: event.occurredAt.toISOString(),
      actor: { id: event.actorPersonId, name: event.actorName },
      kind: event.kind as never,
      reason: event.reason,
      before: event.before as Record<string, unknown>,
      after: event.after as Record<string, unknown>,
    })),
  };
}

const CAP = 1000;

/** The counts on "Việc của tôi": each capped, read from the owner's and decider's indexes. */
export async function myWorkSummary(deps: WorkDeps, actor: Actor) {
  const me = actor.personId;
  if (!me) return { open: 0, dueToday: 0, overdue: 0, dueSoon: 0, awaitingAcceptance: 0, awaitingMyDecision: 0 };
  const now = deps.clock.now();
  const today = localDateOf(now);
  const calendar = await deps.calendars.get(actor.agencyId);
  const soonUntil = calendar.addWorkingDays(today, (deps.signalSettings ?? defaultSignalSettings).dueSoonDays);
  const [mine] = await queryRows<Record<string, number>>(
    deps.db,
    sql`
    select count(*)::int as open,
      count(*) filter (where due_date = ${today})::int as "dueToday",
      count(*) filter (where due_date < ${today})::int as overdue,
      count(*) filter (where due_date >= ${today} and due_date <= ${soonUntil} and status <> 'submitted')::int as "dueSoon",
      count(*) filter (where status = 'assigned')::int as "awaitingAcceptance"
    from (select due_date, status from tasks where agency_id = ${actor.agencyId} and owner_id = ${me}
          and status in ('assigned', 'in_progress', 'submitted') limit ${CAP}) mine`,
  );
  const [decisions] = await queryRows<{ n: number }>(
    deps.db,
    sql`
    select count(*)::int as n from (select 1 from tasks where agency_id = ${actor.agencyId} and decider_ids @> array[${me}]::uuid[] limit ${CAP}) d`,
  );
  return { ...(mine as { open: number; dueToday: number; overdue: number; dueSoon: number; awaitingAcceptance: number }), awaitingMyDecision: decisions.n };
}

/** The subtree a dashboard covers: the agency for whole-agency roles, the managed unit for heads, or a unit in scope. */
async function dashboardRootPath(deps: WorkDeps, actor: Actor, unitId: string | undefined): Promise<string> {
  if (!unitId && seesWholeAgency(actor)) return '/';
  const rootId = unitId ?? actor.managedUnitPaths[0]?.split('/').filter(Boolean).pop();
  const root = rootId ? await findUnit(deps.db, actor.agencyId, rootId) : undefined;
  if (!root || !(seesWholeAgency(actor) || managesUnitPath(actor, root.path))) {
    throw forbidden({ vi: 'Chỉ lãnh đạo và trưởng đơn vị xem bảng theo dõi', en: 'The dashboard is for leaders and unit heads' });
  }
  return root.path;
}

/** Per-unit roll-up of the dashboard counters over the actor's scope (leaders: the agency; heads: their units), a few levels deep. */
export async function unitDashboard(deps: WorkDeps, actor: Actor, query: z.infer<typeof dashboardQuery>) {
  const rootPath = await dashboardRootPath(deps, actor, query.unitId);
  const rows = await repository.subtreeTotals(deps.db, actor.agencyId, rootPath, query.levels);
  return {
    units: rows.map((row) => {
      const completed = row.completedOnTime + row.completedLate;
      return { ...row, onTimeRate: completed > 0 ? row.completedOnTime / completed : null };
    }),
  };
}

/** Completions on time and late, transfers and extensions per week, from the weekly counters. */
export async function weeklyTrend(deps: WorkDeps, actor: Actor, query: z.infer<typeof trendQuery>) {
  const rootPath = await dashboardRootPath(deps, actor, query.unitId);
  const thisWeek = mondayOf(localDateOf(deps.clock.now()));
  const fromWeek = addCalendarDays(thisWeek, -7 * (query.weeks - 1));
  const totals = new Map((await repository.weekTotalsInSubtree(deps.db, actor.agencyId, rootPath, fromWeek)).map((row) => [row.week, row]));
  const weeks = Array.from({ length: query.weeks }, (_, index) => addCalendarDays(fromWeek, 7 * index));
  return { weeks: weeks.map((week) => ({ completedOnTime: 0, completedLate: 0, transfers: 0, extensions: 0, ...totals.get(week), week })) };
}
