import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TaskSignalKind, TaskStatus } from '../../../contracts/work.js';
import { type Db, queryRows, type Tx } from '../../db/client.js';
import { claimAuditSequence } from '../../platform/audit.js';
import { people, personWorkCounters, taskCollaborators, taskEvents, tasks, units, unitWeekCounters, unitWorkCounters } from '../../db/schema/index.js';

export type TaskRow = typeof tasks.$inferSelect;
const owner = alias(people, 'owner');
const assigner = alias(people, 'assigner');

/** Task columns plus the names lists and details show, in one query. */
const listColumns = {
  task: tasks,
  ownerName: owner.fullName,
  assignerName: assigner.fullName,
  unitName: units.name,
};
export type TaskListRow = { task: TaskRow; ownerName: string; assignerName: string; unitName: string };

const selectWithNames = (db: Db | Tx) =>
  db
    .select(listColumns)
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .innerJoin(assigner, eq(assigner.id, tasks.assignerId))
    .innerJoin(units, eq(units.id, tasks.unitId));

export async function findTaskWithNames(db: Db | Tx, agencyId: string, id: string): Promise<TaskListRow | undefined> {
  const [row] = await selectWithNames(db).where(and(eq(tasks.agencyId, agencyId), eq(tasks.id, id)));
  return row;
}

/** Just what decides whether someone may see the task. */
export async function findTaskAudience(db: Db | Tx, agencyId: string, id: string) {
  const [row] = await db
    .select({ unitPath: tasks.unitPath, ownerId: tasks.ownerId, assignerId: tasks.assignerId, deciderIds: tasks.deciderIds })
    .from(tasks)
    .where(and(eq(tasks.agencyId, agencyId), eq(tasks.id, id)));
  return row;
}

const proposedOwner = alias(people, 'proposed_owner');

export type CollaboratorRow = { personId: string | null; personName: string | null; unitId: string | null; unitName: string | null };

/**
 * Locks the task row for the length of the command's transaction, read with everything the
 * command's answer shows (the names, the collaborators, who an open transfer proposes), and claims
 * the next sequence of the task's audit lane (locked after the task): one round trip.
 */
export async function lockTaskForCommand(tx: Tx, agencyId: string, id: string) {
  const collaborators = sql<CollaboratorRow[]>`coalesce((
    select json_agg(json_build_object('personId', c.person_id, 'personName', cp.full_name, 'unitId', c.unit_id, 'unitName', cu.name))
    from task_collaborators c left join people cp on cp.id = c.person_id left join units cu on cu.id = c.unit_id
    where c.agency_id = ${tasks.agencyId} and c.task_id = ${tasks.id}), '[]'::json)`;
  const claim = tx
    .$with('claim', { sequence: sql<string>`last_sequence`.as('last_sequence'), previousHash: sql<string>`last_hash`.as('last_hash') })
    .as(claimAuditSequence(agencyId, id, sql`from tasks where agency_id = ${agencyId} and id = ${id} for update`));
  const [row] = await tx
    .with(claim)
    .select({ ...listColumns, proposedOwnerName: proposedOwner.fullName, collaborators, auditSequence: claim.sequence, auditPreviousHash: claim.previousHash })
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .innerJoin(assigner, eq(assigner.id, tasks.assignerId))
    .innerJoin(units, eq(units.id, tasks.unitId))
    .leftJoin(proposedOwner, sql`${proposedOwner.id} = (${tasks.openRequest} ->> 'proposedOwnerId')::uuid`)
    .crossJoin(claim)
    .where(and(eq(tasks.agencyId, agencyId), eq(tasks.id, id)))
    .for('update', { of: tasks });
  return row;
}

export const taskInsert = (tx: Tx, row: typeof tasks.$inferInsert) => tx.insert(tasks).values(row).getSQL();

export const taskUpdate = (tx: Tx, id: string, values: Partial<typeof tasks.$inferInsert>) => tx.update(tasks).set(values).where(eq(tasks.id, id)).getSQL();

export async function updateTask(tx: Tx, id: string, values: Partial<typeof tasks.$inferInsert>) {
  await tx.execute(taskUpdate(tx, id, values));
}

export function collaboratorsInsert(tx: Tx, rows: (typeof taskCollaborators.$inferInsert)[]) {
  return rows.length > 0 ? tx.insert(taskCollaborators).values(rows).getSQL() : undefined;
}

export async function listCollaborators(db: Db | Tx, agencyId: string, taskId: string) {
  return db
    .select({ personId: taskCollaborators.personId, personName: people.fullName, unitId: taskCollaborators.unitId, unitName: units.name })
    .from(taskCollaborators)
    .leftJoin(people, eq(people.id, taskCollaborators.personId))
    .leftJoin(units, eq(units.id, taskCollaborators.unitId))
    .where(and(eq(taskCollaborators.agencyId, agencyId), eq(taskCollaborators.taskId, taskId)));
}

export const eventInsert = (tx: Tx, row: typeof taskEvents.$inferInsert) => tx.insert(taskEvents).values(row).getSQL();

export async function listEvents(db: Db | Tx, taskId: string) {
  return db.select().from(taskEvents).where(eq(taskEvents.taskId, taskId)).orderBy(asc(taskEvents.id));
}

export interface TaskFilter {
  agencyId: string;
  /** Already-built visibility and view conditions (policy decides them). */
  conditions: SQL[];
  statuses?: TaskStatus[];
  unitPath?: string;
  ownerId?: string;
  signal?: TaskSignalKind;
  dueFrom?: string;
  dueTo?: string;
  sourceKind?: string;
  search?: string;
  after?: [string, string];
  limit: number;
}

/** A page ordered by (due date, id): the index order of every task list. */
export async function listTasks(db: Db | Tx, filter: TaskFilter): Promise<TaskListRow[]> {
  const where: SQL[] = [eq(tasks.agencyId, filter.agencyId), ...filter.conditions];
  if (filter.statuses?.length) where.push(sql`${tasks.status} in (${sql.join(filter.statuses.map((s) => sql`${s}`), sql`, `)})`);
  if (filter.unitPath) where.push(sql`${tasks.unitPath} like ${filter.unitPath + '%'}`);
  if (filter.ownerId) where.push(eq(tasks.ownerId, filter.ownerId));
  if (filter.signal) where.push(sql`${tasks.signalKinds} @> array[${filter.signal}]::text[]`);
  if (filter.dueFrom) where.push(sql`${tasks.dueDate} >= ${filter.dueFrom}`);
  if (filter.dueTo) where.push(sql`${tasks.dueDate} <= ${filter.dueTo}`);
  if (filter.sourceKind) where.push(sql`${tasks.sourceKind} = ${filter.sourceKind}`);
  if (filter.search) where.push(sql`${tasks.searchText} like ${filter.search}`);
  if (filter.after) where.push(sql`(${tasks.dueDate}, ${tasks.id}) > (${filter.after[0]}, ${filter.after[1]}::uuid)`);
  return selectWithNames(db)
    .where(and(...where))
    .orderBy(asc(tasks.dueDate), asc(tasks.id))
    .limit(filter.limit + 1);
}

export interface CounterDelta {
  open: number;
  overdue: number;
  completedOnTime: number;
  completedLate: number;
  transfers: number;
  extensions: number;
}

const isZero = (delta: object) => Object.values(delta).every((value) => value === 0);

/** The upsert adding a delta to a unit's counters, or undefined when it adds nothing. */
export function unitCountersUpsert(tx: Tx, agencyId: string, unitId: string, d: CounterDelta) {
  if (isZero(d)) return undefined;
  return tx
    .insert(unitWorkCounters)
    .values({ agencyId, unitId, ...d })
    .onConflictDoUpdate({
      target: [unitWorkCounters.agencyId, unitWorkCounters.unitId],
      set: {
        open: sql`${unitWorkCounters.open} + ${d.open}`,
        overdue: sql`${unitWorkCounters.overdue} + ${d.overdue}`,
        completedOnTime: sql`${unitWorkCounters.completedOnTime} + ${d.completedOnTime}`,
        completedLate: sql`${unitWorkCounters.completedLate} + ${d.completedLate}`,
        transfers: sql`${unitWorkCounters.transfers} + ${d.transfers}`,
        extensions: sql`${unitWorkCounters.extensions} + ${d.extensions}`,
      },
    })
    .getSQL();
}

export type PersonCounterDelta = { transfersAway: number; transfersReceived: number; extensions: number; returns: number };

/**
 * The upsert adding deltas to people's counters (one row per person, in id order so two commands
 * never wait on each other's rows crosswise), or undefined when it adds nothing.
 */
export function personCountersUpsert(tx: Tx, agencyId: string, deltas: Map<string, PersonCounterDelta>) {
  const rows = [...deltas].filter(([, d]) => !isZero(d)).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rows.length === 0) return undefined;
  return tx
    .insert(personWorkCounters)
    .values(rows.map(([personId, d]) => ({ agencyId, personId, ...d })))
    .onConflictDoUpdate({
      target: [personWorkCounters.agencyId, personWorkCounters.personId],
      set: {
        transfersAway: sql`${personWorkCounters.transfersAway} + excluded.transfers_away`,
        transfersReceived: sql`${personWorkCounters.transfersReceived} + excluded.transfers_received`,
        extensions: sql`${personWorkCounters.extensions} + excluded.extensions`,
        returns: sql`${personWorkCounters.returns} + excluded.returns`,
      },
    })
    .getSQL();
}

export interface SubtreeTotalsRow {
  unitId: string;
  name: string;
  depth: number;
  hasChildren: boolean;
  open: number;
  overdue: number;
  completedOnTime: number;
  completedLate: number;
  transfers: number;
  extensions: number;
}

/**
 * The units of a subtree down to maxDepth, each with the counters of its whole subtree summed in
 * SQL: what the dashboard returns costs the units shown, not every unit of a city. Each unit's
 * counters are added to the ancestors named in its materialised path that are shown (one hash
 * aggregate over the subtree's counter rows; a join on path prefixes cannot use a hash or an index).
 */
export async function subtreeTotals(db: Db | Tx, agencyId: string, rootPath: string, rootDepth: number, maxDepth: number): Promise<SubtreeTotalsRow[]> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    with totals as (
      select segment.id::uuid as unit_id,
        sum(c.open) as open, sum(c.overdue) as overdue, sum(c.completed_on_time) as completed_on_time,
        sum(c.completed_late) as completed_late, sum(c.transfers) as transfers, sum(c.extensions) as extensions
      from units d
      join unit_work_counters c on c.agency_id = d.agency_id and c.unit_id = d.id
      cross join lateral unnest(string_to_array(trim(both '/' from d.path), '/')) with ordinality as segment(id, position)
      where d.agency_id = ${agencyId} and d.path like ${rootPath + '%'} and d.is_active
        and segment.position between ${rootDepth + 1} and ${maxDepth + 1}
      group by segment.id
    )
    select u.id, u.name, u.depth,
      exists (select 1 from units k where k.parent_id = u.id and k.is_active) as has_children,
      coalesce(t.open, 0) as open, coalesce(t.overdue, 0) as overdue,
      coalesce(t.completed_on_time, 0) as completed_on_time, coalesce(t.completed_late, 0) as completed_late,
      coalesce(t.transfers, 0) as transfers, coalesce(t.extensions, 0) as extensions
    from units u
    left join totals t on t.unit_id = u.id
    where u.agency_id = ${agencyId} and u.path like ${rootPath + '%'} and u.is_active and u.depth <= ${maxDepth}
    order by u.path`);
  return rows.map((row) => ({
    unitId: row.id as string,
    name: row.name as string,
    depth: Number(row.depth),
    hasChildren: row.has_children === true,
    open: Number(row.open),
    overdue: Number(row.overdue),
    completedOnTime: Number(row.completed_on_time),
    completedLate: Number(row.completed_late),
    transfers: Number(row.transfers),
    extensions: Number(row.extensions),
  }));
}

export async function personCounters(db: Db | Tx, agencyId: string, personId: string) {
  const [row] = await db.select().from(personWorkCounters).where(and(eq(personWorkCounters.agencyId, agencyId), eq(personWorkCounters.personId, personId)));
  return row ?? { transfersAway: 0, transfersReceived: 0, extensions: 0, returns: 0 };
}

/** Whether the actor, or the actor's unit, coordinates on the task. */
export async function isCollaborator(db: Db | Tx, taskId: string, actor: { personId: string | null; unitId: string | null }) {
  const rows = await db
    .select({ taskId: taskCollaborators.taskId })
    .from(taskCollaborators)
    .where(and(eq(taskCollaborators.taskId, taskId), sql`(${taskCollaborators.personId} = ${actor.personId} or ${taskCollaborators.unitId} = ${actor.unitId})`))
    .limit(1);
  return rows.length > 0;
}

export type WeekDelta = { completedOnTime: number; completedLate: number; transfers: number; extensions: number };

/** The upsert adding a delta to a unit's counters of one week, or undefined when it adds nothing. */
export function weekCountersUpsert(tx: Tx, agencyId: string, unitId: string, week: string, d: WeekDelta) {
  if (isZero(d)) return undefined;
  return tx
    .insert(unitWeekCounters)
    .values({ agencyId, unitId, week, ...d })
    .onConflictDoUpdate({
      target: [unitWeekCounters.agencyId, unitWeekCounters.unitId, unitWeekCounters.week],
      set: {
        completedOnTime: sql`${unitWeekCounters.completedOnTime} + ${d.completedOnTime}`,
        completedLate: sql`${unitWeekCounters.completedLate} + ${d.completedLate}`,
        transfers: sql`${unitWeekCounters.transfers} + ${d.transfers}`,
        extensions: sql`${unitWeekCounters.extensions} + ${d.extensions}`,
      },
    })
    .getSQL();
}

/** Weekly totals over a subtree since a given Monday: units × weeks rows at most, never the tasks. */
export async function weekTotalsInSubtree(db: Db | Tx, agencyId: string, rootPath: string, fromWeek: string) {
  return db
    .select({
      week: unitWeekCounters.week,
      completedOnTime: sql<number>`sum(${unitWeekCounters.completedOnTime})`.mapWith(Number),
      completedLate: sql<number>`sum(${unitWeekCounters.completedLate})`.mapWith(Number),
      transfers: sql<number>`sum(${unitWeekCounters.transfers})`.mapWith(Number),
      extensions: sql<number>`sum(${unitWeekCounters.extensions})`.mapWith(Number),
    })
    .from(unitWeekCounters)
    .innerJoin(units, eq(units.id, unitWeekCounters.unitId))
    .where(and(eq(unitWeekCounters.agencyId, agencyId), sql`${units.path} like ${rootPath + '%'}`, sql`${unitWeekCounters.week} >= ${fromWeek}`))
    .groupBy(unitWeekCounters.week)
    .orderBy(asc(unitWeekCounters.week));
}
