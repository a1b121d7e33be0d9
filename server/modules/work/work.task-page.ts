import { and, asc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { TaskSignalKind, TaskStatus } from '../../../contracts/work.js';
import type { Db } from '../../db/client.js';
import { planTargets, taskCollaborators, tasks, taskSearch } from '../../db/schema/index.js';
import { foldForSearch, likePattern } from '../../platform/search-text.js';
import type { TaskRow } from './work.repository.js';
import { searchSubtreeByDays } from './work.subtree-search.js';

/** What a list item shows and the rules read. */
export type TaskListTask = Pick<
  TaskRow,
  | 'id'
  | 'title'
  | 'priority'
  | 'sourceKind'
  | 'sourceId'
  | 'unitId'
  | 'unitPath'
  | 'ownerId'
  | 'assignerId'
  | 'status'
  | 'startDate'
  | 'dueDate'
  | 'assignedAt'
  | 'acceptedAt'
  | 'inProgressSince'
  | 'submittedAt'
  | 'completedAt'
  | 'progressPercent'
  | 'lastProgressAt'
  | 'grade'
  | 'openRequest'
  | 'transferCount'
  | 'extensionCount'
  | 'returnCount'
>;
/** A list item with the names it shows. */
export type TaskListRow = { task: TaskListTask; ownerName: string; assignerName: string; unitName: string };
/** A row of a page: the task and whether the viewer (or the viewer's unit) coordinates on it, as the task page reads it. */
export type TaskPageRow = { task: TaskListTask; isCollaborator: boolean };

/** Who may appear in the list, as the policy decides it: everybody, managed subtrees and/or the actor's own tasks. */
export type TaskAudience =
  | { kind: 'agency' }
  | { kind: 'owner'; personId: string }
  | { kind: 'decider'; personId: string }
  | { kind: 'scope'; managedPaths: string[]; personId: string | null };

export interface TaskPageFilter {
  agencyId: string;
  audience: TaskAudience;
  /** The person and unit viewing the page, for their collaborator relation to each task. */
  viewer: { personId: string | null; unitId: string | null };
  statuses?: TaskStatus[];
  unitPath?: string;
  ownerId?: string;
  signal?: TaskSignalKind;
  dueFrom?: string;
  dueTo?: string;
  sourceKind?: string;
  /** Words as typed; matched without diacritics anywhere in the title. */
  search?: string;
  /** With a search in a subtree: only tasks due on these days (work.subtree-search.ts). */
  searchDays?: number[];
  /** Only the tasks of this plan's targets (calendar and timeline of a plan). */
  planId?: string;
  /** Only these tasks (the rows a user selected), still within the audience and filters. */
  ids?: string[];
  after?: [string, string];
  limit: number;
}

const listColumns = {
  id: tasks.id,
  title: tasks.title,
  priority: tasks.priority,
  sourceKind: tasks.sourceKind,
  sourceId: tasks.sourceId,
  unitId: tasks.unitId,
  unitPath: tasks.unitPath,
  ownerId: tasks.ownerId,
  assignerId: tasks.assignerId,
  status: tasks.status,
  startDate: tasks.startDate,
  dueDate: tasks.dueDate,
  assignedAt: tasks.assignedAt,
  acceptedAt: tasks.acceptedAt,
  inProgressSince: tasks.inProgressSince,
  submittedAt: tasks.submittedAt,
  completedAt: tasks.completedAt,
  progressPercent: tasks.progressPercent,
  lastProgressAt: tasks.lastProgressAt,
  grade: tasks.grade,
  openRequest: tasks.openRequest,
  transferCount: tasks.transferCount,
  extensionCount: tasks.extensionCount,
  returnCount: tasks.returnCount,
};

const OPEN_STATUSES: readonly TaskStatus[] = ['assigned', 'in_progress', 'submitted'];

/** The open statuses are said as the open-task partial indexes' predicate says them, so a plan can use those indexes. */
function statusCondition(statuses: TaskStatus[]): SQL {
  const isOpenSet = statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((status) => statuses.includes(status));
  return isOpenSet ? sql`${tasks.status} in ('assigned', 'in_progress', 'submitted')` : inArray(tasks.status, statuses);
}

const isDecider = (personId: string) => sql`${tasks.deciderIds} @> array[${personId}]::uuid[]`;

function audienceCondition(audience: TaskAudience): SQL | undefined {
  switch (audience.kind) {
    case 'agency':
      return undefined;
    case 'owner':
      return eq(tasks.ownerId, audience.personId);
    case 'decider':
      return isDecider(audience.personId);
    case 'scope': {
      const any = audience.managedPaths.map((path) => like(tasks.unitPath, `${path}%`));
      const me = audience.personId;
      if (me) {
        any.push(sql`(${tasks.ownerId} = ${me} or ${tasks.assignerId} = ${me} or ${isDecider(me)}
          or exists (select 1 from ${taskCollaborators} c where c.task_id = ${tasks.id} and c.person_id = ${me}))`);
      }
      return any.length > 0 ? sql`(${sql.join(any, sql` or `)})` : sql`false`;
    }
  }
}

function subtreeCondition(filter: TaskPageFilter): SQL | undefined {
  if (!filter.unitPath) return undefined;
  if (!filter.search) return like(tasks.unitPath, `${filter.unitPath}%`);
  // With words, the subtree goes to task_search_scope_idx as one of the task's path segments (ids are
  // unique), alone or with due days; said as a path range as well, the planner would AND in the whole subtree.
  const rootId = filter.unitPath.split('/').filter(Boolean).pop()!;
  const scopes = sql`task_search_scopes(${taskSearch.unitPath}, ${taskSearch.dueDate})`;
  if (filter.searchDays) return sql`${scopes} && ${sql.param(filter.searchDays.map((day) => `${rootId}@${day}`))}::text[]`;
  return sql`${scopes} @> array[${rootId}]::text[]`;
}

function searchCondition(filter: TaskPageFilter): SQL | undefined {
  if (!filter.search) return undefined;
  // A few days' tasks are matched one by one (strpos is no index condition): ANDing in the words'
  // trigram lists, which span the whole agency, costs far more at city scale.
  if (filter.searchDays) return sql`strpos(${taskSearch.searchText}, ${foldForSearch(filter.search)}) > 0`;
  return like(taskSearch.searchText, likePattern(filter.search));
}

function conditions(filter: TaskPageFilter): (SQL | undefined)[] {
  return [
    eq(tasks.agencyId, filter.agencyId),
    audienceCondition(filter.audience),
    filter.statuses?.length ? statusCondition(filter.statuses) : undefined,
    subtreeCondition(filter),
    filter.ownerId ? eq(tasks.ownerId, filter.ownerId) : undefined,
    filter.signal ? sql`${tasks.signalKinds} @> array[${filter.signal}]::text[]` : undefined,
    filter.dueFrom ? sql`${tasks.dueDate} >= ${filter.dueFrom}` : undefined,
    filter.dueTo ? sql`${tasks.dueDate} <= ${filter.dueTo}` : undefined,
    filter.sourceKind ? sql`${tasks.sourceKind} = ${filter.sourceKind}` : undefined,
    searchCondition(filter),
    filter.planId
      ? sql`${tasks.sourceKind} = 'plan_target' and ${tasks.sourceId} in (select ${planTargets.id} from ${planTargets} where ${planTargets.agencyId} = ${filter.agencyId} and ${planTargets.planId} = ${filter.planId})`
      : undefined,
    filter.ids ? inArray(tasks.id, filter.ids) : undefined,
    filter.after ? sql`(${tasks.dueDate}, ${tasks.id}) > (${filter.after[0]}, ${filter.after[1]}::uuid)` : undefined,
  ];
}

/** One page in index order (due date, id), plus one row to tell whether more follow. */
async function readPage(db: Db, filter: TaskPageFilter): Promise<TaskPageRow[]> {
  const { personId, unitId } = filter.viewer;
  const isCollaborator = sql<boolean>`exists (select 1 from ${taskCollaborators} c where c.task_id = ${tasks.id}
    and (c.person_id = ${personId}::uuid or c.unit_id = ${unitId}::uuid))`;
  const query = db.select({ task: listColumns, isCollaborator }).from(tasks).$dynamic();
  if (filter.search) query.innerJoin(taskSearch, eq(taskSearch.taskId, tasks.id));
  return query
    .where(and(...conditions(filter)))
    .orderBy(asc(tasks.dueDate), asc(tasks.id))
    .limit(filter.limit + 1);
}

/** A page of a task list; a text search in a subtree is read day by day (work.subtree-search.ts). */
export async function listTaskPage(db: Db, filter: TaskPageFilter): Promise<TaskPageRow[]> {
  const { unitPath } = filter;
  const page = (f: TaskPageFilter) => readPage(db, f);
  return filter.search && unitPath ? searchSubtreeByDays(db, { ...filter, unitPath }, page) : page(filter);
}

/** How many tasks a list with these filters holds, for an export's progress bar. */
export async function countTaskPage(db: Db, filter: Omit<TaskPageFilter, 'after' | 'limit'>): Promise<number> {
  const query = db
    .select({ count: sql<number>`count(*)::int` })
    .from(tasks)
    .$dynamic();
  if (filter.search) query.innerJoin(taskSearch, eq(taskSearch.taskId, tasks.id));
  const [row] = await query.where(and(...conditions({ ...filter, limit: 0 })));
  return row?.count ?? 0;
}

/** How many tasks a list holds, counted no further than `cap` (null past it), so a warning's list over a city's tasks stays cheap. */
export async function countTaskPageUpTo(db: Db, filter: Omit<TaskPageFilter, 'after' | 'limit'>, cap: number): Promise<number | null> {
  const query = db.select({ id: tasks.id }).from(tasks).$dynamic();
  if (filter.search) query.innerJoin(taskSearch, eq(taskSearch.taskId, tasks.id));
  const bounded = query
    .where(and(...conditions({ ...filter, limit: 0 })))
    .limit(cap + 1)
    .as('bounded');
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(bounded);
  const counted = Number(row?.count ?? 0);
  return counted > cap ? null : counted;
}
