import { type TaskSignalKind, type TaskStatus, taskStatuses } from '../../../contracts/work.js';
import { queryArrayRows } from '../../db/array-rows.js';
import type { Db } from '../../db/client.js';
import { vocabularyLiteral } from '../../db/vocabulary-literal.js';
import { foldForSearch, likePattern } from '../../platform/search-text.js';
import type { TaskRow } from './work.repository.js';
import type { RelationFacts } from './work.state.js';
import { searchSubtreeByDays } from './work.subtree-search.js';

/**
 * One page of a task list, the hottest read of the application. Its SQL is written as text here
 * rather than through Drizzle's query builder, and its rows are read as arrays and mapped by hand:
 * building the select (3 joins, 25 columns) and mapping its rows generically cost ~0.7 ms of the
 * ~1.2 ms of server CPU a page took, for a statement whose shape depends only on which filters are
 * set. PostgreSQL still parses and plans each text once per connection (server/db/prepared-client.ts).
 * The page's statement reads its rows' keys only (listTaskPage); the tasks whose items the list item
 * cache cannot answer are then read whole, by id (listTasksById).
 */

/** What a list item shows and the rules read. */
export type TaskListTask = Pick<
  TaskRow,
  | 'id' | 'title' | 'priority' | 'sourceKind' | 'sourceId' | 'unitId' | 'unitPath' | 'ownerId' | 'assignerId' | 'status'
  | 'startDate' | 'dueDate' | 'assignedAt' | 'acceptedAt' | 'inProgressSince' | 'submittedAt' | 'completedAt'
  | 'progressPercent' | 'lastProgressAt' | 'grade' | 'openRequest' | 'transferCount' | 'extensionCount' | 'returnCount'
>;
/** A list item with the names it shows. */
export type TaskListRow = { task: TaskListTask; ownerName: string; assignerName: string; unitName: string };

/** Who may appear in the list, as the policy decides it: everybody, managed subtrees and/or the actor's own tasks. */
export type TaskAudience =
  | { kind: 'agency' }
  | { kind: 'owner'; personId: string }
  | { kind: 'decider'; personId: string }
  | { kind: 'scope'; managedPaths: string[]; personId: string | null };

export interface TaskPageFilter {
  agencyId: string;
  audience: TaskAudience;
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
  after?: [string, string];
  limit: number;
}

/** The task columns, in the order `toRow` reads them. */
const COLUMNS = [
  'id', 'title', 'priority', 'source_kind', 'source_id', 'unit_id', 'unit_path', 'owner_id', 'assigner_id', 'status',
  'start_date', 'due_date', 'assigned_at', 'accepted_at', 'in_progress_since', 'submitted_at', 'completed_at',
  'progress_percent', 'last_progress_at', 'grade', 'open_request', 'transfer_count', 'extension_count', 'return_count',
];
const DATE_COLUMNS = new Set(['start_date', 'due_date']);
/** What a page reads of each row: see TaskListKey. */
const KEY_COLUMNS_READ = 't.id, t.due_date::text, t.xmin::text, t.owner_id, t.assigner_id, t.unit_id, t.unit_path, t.open_request';
const COLUMNS_READ = COLUMNS.map((column) => (DATE_COLUMNS.has(column) ? `t.${column}::text` : `t.${column}`)).join(', ');

class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `t.status in ('assigned', …)` with the statuses as literals, not parameters: a generic plan cannot
 * prove `status in ($2, $3)` implies an open-task partial index's predicate, and walks every closed
 * task instead.
 */
export const statusIn = (column: string, statuses: readonly TaskStatus[]) => `${column} in (${statuses.map((status) => vocabularyLiteral(taskStatuses, status)).join(', ')})`;

function audienceCondition(audience: TaskAudience, p: Parameters): string | null {
  switch (audience.kind) {
    case 'agency':
      return null;
    case 'owner':
      return `t.owner_id = ${p.add(audience.personId)}`;
    case 'decider':
      return `t.decider_ids @> array[${p.add(audience.personId)}]::uuid[]`;
    case 'scope': {
      const any = audience.managedPaths.map((path) => `t.unit_path like ${p.add(path + '%')}`);
      if (audience.personId) {
        const me = p.add(audience.personId);
        any.push(`(t.owner_id = ${me} or t.assigner_id = ${me} or t.decider_ids @> array[${me}]::uuid[]
          or exists (select 1 from task_collaborators c where c.task_id = t.id and c.person_id = ${me}))`);
      }
      return any.length > 0 ? `(${any.join(' or ')})` : 'false';
    }
  }
}

/** The statement and its values for a filter; its text varies only with which filters are set. */
export function taskPageQuery(filter: TaskPageFilter): { text: string; values: unknown[] } {
  const p = new Parameters();
  const where = [`t.agency_id = ${p.add(filter.agencyId)}`];
  const audience = audienceCondition(filter.audience, p);
  if (audience) where.push(audience);
  if (filter.statuses?.length) where.push(statusIn('t.status', filter.statuses));
  if (filter.unitPath) {
    // With words, the subtree goes to task_search_scope_idx as one of the task's path segments (ids
    // are unique), alone or with due days. Said as a path range as well, the planner also ANDs in the
    // whole subtree from tasks_scope_idx (24,000 rows at city scale) for nothing.
    const rootId = filter.unitPath.split('/').filter(Boolean).pop()!;
    if (!filter.search) where.push(`t.unit_path like ${p.add(filter.unitPath + '%')}`);
    else if (filter.searchDays) where.push(`task_search_scopes(s.unit_path, s.due_date) && ${p.add(filter.searchDays.map((day) => `${rootId}@${day}`))}::text[]`);
    else where.push(`task_search_scopes(s.unit_path, s.due_date) @> array[${p.add(rootId)}]::text[]`);
  }
  if (filter.ownerId) where.push(`t.owner_id = ${p.add(filter.ownerId)}`);
  if (filter.signal) where.push(`t.signal_kinds @> array[${p.add(filter.signal)}]::text[]`);
  if (filter.dueFrom) where.push(`t.due_date >= ${p.add(filter.dueFrom)}`);
  if (filter.dueTo) where.push(`t.due_date <= ${p.add(filter.dueTo)}`);
  if (filter.sourceKind) where.push(`t.source_kind = ${p.add(filter.sourceKind)}`);
  if (filter.search) {
    // A few days' tasks are matched one by one (strpos is no index condition): ANDing in the words'
    // trigram lists, which span the whole agency, cost 20 times more at city scale.
    if (filter.searchDays) where.push(`strpos(s.search_text, ${p.add(foldForSearch(filter.search))}) > 0`);
    else where.push(`s.search_text like ${p.add(likePattern(filter.search))}`);
  }
  if (filter.after) where.push(`(t.due_date, t.id) > (${p.add(filter.after[0])}, ${p.add(filter.after[1])}::uuid)`);
  // Dates leave as text (as Drizzle's string mode reads them).
  const text = `select ${KEY_COLUMNS_READ} from tasks t${filter.search ? ' join task_search s on s.task_id = t.id' : ''} where ${where.join(' and ')} order by t.due_date, t.id limit ${p.add(filter.limit + 1)}`;
  return { text, values: p.values };
}

function toTask(r: unknown[]): TaskListTask {
  return {
    id: r[0] as string,
    title: r[1] as string,
    priority: r[2] as TaskListTask['priority'],
    sourceKind: r[3] as TaskListTask['sourceKind'],
    sourceId: r[4] as string | null,
    unitId: r[5] as string,
    unitPath: r[6] as string,
    ownerId: r[7] as string,
    assignerId: r[8] as string,
    status: r[9] as TaskStatus,
    startDate: r[10] as string,
    dueDate: r[11] as string,
    assignedAt: r[12] as Date,
    acceptedAt: r[13] as Date | null,
    inProgressSince: r[14] as Date | null,
    submittedAt: r[15] as Date | null,
    completedAt: r[16] as Date | null,
    progressPercent: r[17] as number,
    lastProgressAt: r[18] as Date | null,
    grade: r[19] as number | null,
    openRequest: r[20],
    transferCount: r[21] as number,
    extensionCount: r[22] as number,
    returnCount: r[23] as number,
  };
}

/**
 * What a page reads first: its order, the version of each row (`xmin` changes with every write to
 * it, whoever makes it), whose names it shows and what decides the viewer's relations to it. The
 * rest of a row is read only for the items the list item cache cannot answer (work.list-items.ts).
 */
export type TaskListKey = Pick<TaskListTask, 'id' | 'dueDate' | 'ownerId' | 'assignerId' | 'unitId' | 'unitPath'> &
  RelationFacts & { version: string };

const toKey = (r: unknown[]): TaskListKey => ({
  id: r[0] as string,
  dueDate: r[1] as string,
  version: r[2] as string,
  ownerId: r[3] as string,
  assignerId: r[4] as string,
  unitId: r[5] as string,
  unitPath: r[6] as string,
  openRequest: r[7] as RelationFacts['openRequest'],
});

/**
 * A page ordered by (due date, id), the index order of every task list, plus one task to tell whether
 * more follow: the keys of its rows.
 */
export async function listTaskPage(db: Db, filter: TaskPageFilter): Promise<TaskListKey[]> {
  const page = async (f: TaskPageFilter) => {
    const { text, values } = taskPageQuery(f);
    return (await queryArrayRows(db, text, values)).map(toKey);
  };
  const { unitPath } = filter;
  return filter.search && unitPath ? searchSubtreeByDays(db, { ...filter, unitPath }, page) : page(filter);
}

/** The tasks with these ids, whole, each with its version (the `xmin` listTaskPage read). */
export async function listTasksById(db: Db, agencyId: string, ids: readonly string[]): Promise<{ task: TaskListTask; version: string }[]> {
  const rows = await queryArrayRows(db, `select ${COLUMNS_READ}, t.xmin::text from tasks t where t.agency_id = $1 and t.id = any($2::uuid[])`, [agencyId, ids]);
  return rows.map((row) => ({ task: toTask(row), version: row[COLUMNS.length] as string }));
}
