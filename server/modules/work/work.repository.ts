import { and, asc, type Column, eq, isNull, sql } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { type Db, preparedPerDatabase, type Tx } from '../../db/client.js';
import { people, personWorkCounters, taskCollaborators, taskEvents, tasks, units, unitWeekCounters } from '../../db/schema/index.js';
import { ancestorShifts, ancestorShiftValues, subtreeRollup, type SubtreeMoved } from '../org/index.js';

export type TaskRow = typeof tasks.$inferSelect;
const owner = alias(people, 'owner');
const assigner = alias(people, 'assigner');

type Names = { ownerName: string; assignerName: string; unitName: string };
export type TaskDetailRow = Names & { task: TaskRow };

export async function findTaskWithNames(db: Db | Tx, agencyId: string, id: string): Promise<TaskDetailRow | undefined> {
  const [row] = await db
    .select({ task: tasks, ownerName: owner.fullName, assignerName: assigner.fullName, unitName: units.name })
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .innerJoin(assigner, eq(assigner.id, tasks.assignerId))
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(and(eq(tasks.agencyId, agencyId), eq(tasks.id, id)));
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

/** The task page and every command read it. */
const findTaskForCommandQuery = preparedPerDatabase((db: Db) => {
  const collaborators = sql<CollaboratorRow[]>`coalesce((
    select json_agg(json_build_object('personId', c.person_id, 'personName', cp.full_name, 'unitId', c.unit_id, 'unitName', cu.name))
    from task_collaborators c left join people cp on cp.id = c.person_id left join units cu on cu.id = c.unit_id
    where c.agency_id = ${tasks.agencyId} and c.task_id = ${tasks.id}), '[]'::json)`;
  // Only whether anyone follows: a command without followers skips asking who of them may still see the task.
  const hasFollowers = sql<boolean>`exists (select 1 from task_followers f where f.task_id = ${tasks.id})`;
  return db
    .select({
      task: tasks,
      ownerName: owner.fullName,
      assignerName: assigner.fullName,
      unitName: units.name,
      proposedOwnerName: proposedOwner.fullName,
      collaborators,
      hasFollowers,
    })
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .innerJoin(assigner, eq(assigner.id, tasks.assignerId))
    .innerJoin(units, eq(units.id, tasks.unitId))
    .leftJoin(proposedOwner, sql`${proposedOwner.id} = (${tasks.openRequest} ->> 'proposedOwnerId')::uuid`)
    .where(and(eq(tasks.agencyId, sql.placeholder('agencyId')), eq(tasks.id, sql.placeholder('id'))))
    .prepare('find_task_for_command');
});

/**
 * The task with everything a command's answer shows (the names, the collaborators, who an open
 * transfer proposes), in one query. Nothing is locked: the command's write is guarded by what was
 * read here (updateTaskAsRead).
 */
export async function findTaskForCommand(db: Db, agencyId: string, id: string) {
  const [row] = await findTaskForCommandQuery(db).execute({ agencyId, id });
  return row;
}

export async function insertTask(tx: Tx, row: typeof tasks.$inferInsert) {
  await tx.insert(tasks).values(row);
}

/**
 * Writes a task as a command decided it from what it read, only while the task is still as read:
 * the same version, counted outcome and unit path (the sweep and a unit move change those without a
 * new version, and the counter deltas were computed from them). False when it changed meanwhile.
 */
export async function updateTaskAsRead(
  tx: Tx,
  read: Pick<TaskRow, 'id' | 'version' | 'countedOutcome' | 'unitPath'>,
  values: Partial<typeof tasks.$inferInsert>,
) {
  const sameOutcome = read.countedOutcome === null ? isNull(tasks.countedOutcome) : eq(tasks.countedOutcome, read.countedOutcome);
  const rows = await tx
    .update(tasks)
    .set(values)
    .where(and(eq(tasks.id, read.id), eq(tasks.version, read.version), sameOutcome, eq(tasks.unitPath, read.unitPath)))
    .returning({ id: tasks.id });
  return rows.length > 0;
}

export async function updateTask(tx: Tx, id: string, values: Partial<typeof tasks.$inferInsert>) {
  await tx.update(tasks).set(values).where(eq(tasks.id, id));
}

export async function insertCollaborators(tx: Tx, rows: (typeof taskCollaborators.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(taskCollaborators).values(rows);
}

export async function listCollaborators(db: Db | Tx, agencyId: string, taskId: string) {
  return db
    .select({ personId: taskCollaborators.personId, personName: people.fullName, unitId: taskCollaborators.unitId, unitName: units.name })
    .from(taskCollaborators)
    .leftJoin(people, eq(people.id, taskCollaborators.personId))
    .leftJoin(units, eq(units.id, taskCollaborators.unitId))
    .where(and(eq(taskCollaborators.agencyId, agencyId), eq(taskCollaborators.taskId, taskId)));
}

export async function insertEvent(tx: Tx, row: typeof taskEvents.$inferInsert) {
  await tx.insert(taskEvents).values(row);
}

export async function listEvents(db: Db | Tx, taskId: string) {
  return db.select().from(taskEvents).where(eq(taskEvents.taskId, taskId)).orderBy(asc(taskEvents.id));
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

/** How many rows hold a unit's counters (migration 0018): more spread the writers further, but a roll-up reads every one (eight doubled the dashboard's database time). */
export const UNIT_COUNTER_STRIPES = 4;

/** The counter stripe a task's commands add to: the last byte of its (random) id. */
export const counterStripeOf = (taskId: string) => parseInt(taskId.slice(-2), 16) % UNIT_COUNTER_STRIPES;

/** Adds a task's delta to its unit's counters (and its ancestors' subtree totals). */
export async function addUnitCounters(tx: Tx, agencyId: string, unitId: string, d: CounterDelta, taskId: string) {
  await addUnitsCounters(tx, agencyId, new Map([[unitId, d]]), taskId);
}

const counterColumns = ['open', 'overdue', 'completed_on_time', 'completed_late', 'transfers', 'extensions'] as const;
const subtreeColumns = counterColumns.map((name) => `subtree_${name}`);
const names = (columns: readonly string[]) =>
  sql.join(
    columns.map((name) => sql.identifier(name)),
    sql`, `,
  );
/** `a = c.a + excluded.a, …`: an upsert into a counters table aliased `c` adds the new row's values to the stored ones. */
const addExcluded = (columns: readonly string[]) =>
  sql.join(
    columns.map((name) => sql`${sql.identifier(name)} = c.${sql.identifier(name)} + excluded.${sql.identifier(name)}`),
    sql`, `,
  );

/**
 * Adds deltas to units' own counters and to the subtree totals of each unit and its ancestors (the
 * segments of its path), in one set-based upsert. One row per unit touched, all in the stripe of
 * `taskId` (a batch's deltas go to the stripe of one of its tasks), locked in (depth, id) order, root
 * first, as every writer of these rows does, so two commands never wait on each other crosswise.
 */
export async function addUnitsCounters(tx: Tx, agencyId: string, deltas: Map<string, CounterDelta>, taskId: string) {
  const changed = [...deltas].filter(([, d]) => !isZero(d));
  if (changed.length === 0) return;
  const values = sql.join(
    changed.map(
      ([unitId, d]) =>
        sql`(${unitId}::uuid, ${d.open}::int, ${d.overdue}::int, ${d.completedOnTime}::int, ${d.completedLate}::int, ${d.transfers}::int, ${d.extensions}::int)`,
    ),
    sql`, `,
  );
  const own = sql.join(
    counterColumns.map((name) => sql`sum(case when a.id::uuid = d.unit_id then d.${sql.identifier(name)} else 0 end)`),
    sql`, `,
  );
  const subtree = sql.join(
    counterColumns.map((name) => sql`sum(d.${sql.identifier(name)})`),
    sql`, `,
  );
  await tx.execute(sql`insert into unit_work_counters as c (agency_id, unit_id, stripe, ${names(counterColumns)}, ${names(subtreeColumns)})
    select ${agencyId}::uuid, a.id::uuid, ${counterStripeOf(taskId)}::smallint, ${own}, ${subtree}
    from (values ${values}) d(unit_id, ${names(counterColumns)})
    join units u on u.agency_id = ${agencyId} and u.id = d.unit_id
    cross join lateral unnest(string_to_array(btrim(u.path, '/'), '/')) with ordinality a(id, position)
    group by a.position, a.id
    order by a.position, a.id
    on conflict (agency_id, unit_id, stripe) do update set ${addExcluded([...counterColumns, ...subtreeColumns])}`);
}

export type PersonCounterDelta = { transfersAway: number; transfersReceived: number; extensions: number; returns: number };

/** A counters upsert's set: each named column (camelCase, as in the schema) gets the new row's value added to the stored one. */
const plusExcluded = (table: PgTable, keys: string[]) =>
  Object.fromEntries(
    keys.map((key) => [
      key,
      sql`${(table as unknown as Record<string, Column>)[key]} + excluded.${sql.identifier(key.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`))}`,
    ]),
  );

/** Adds deltas to people's counters, one row per person, in id order so two commands never wait on each other's rows crosswise. */
export async function addPersonCounters(tx: Tx, agencyId: string, deltas: Map<string, PersonCounterDelta>) {
  const rows = [...deltas].filter(([, d]) => !isZero(d)).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rows.length === 0) return;
  const c = personWorkCounters;
  await tx
    .insert(c)
    .values(rows.map(([personId, d]) => ({ agencyId, personId, ...d })))
    .onConflictDoUpdate({
      target: [c.agencyId, c.personId],
      set: plusExcluded(c, ['transfersAway', 'transfersReceived', 'extensions', 'returns']),
    });
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

/** The active units of a subtree a few levels deep, each with the stored counters of its whole subtree. */
export async function subtreeTotals(db: Db | Tx, agencyId: string, rootPath: string, levels: number): Promise<SubtreeTotalsRow[]> {
  const rows = await subtreeRollup(db, {
    agencyId,
    rootPath,
    levels,
    show: 'active',
    columns: counterColumns,
    subtreeTotals: sql`
      select unit_id, sum(subtree_open) as open, sum(subtree_overdue) as overdue, sum(subtree_completed_on_time) as completed_on_time,
             sum(subtree_completed_late) as completed_late, sum(subtree_transfers) as transfers, sum(subtree_extensions) as extensions
      from unit_work_counters where agency_id = ${agencyId} group by unit_id`,
  });
  return rows.map(({ unitId, name, depth, hasChildren, totals }) => ({
    unitId,
    name,
    depth,
    hasChildren,
    open: totals.open,
    overdue: totals.overdue,
    completedOnTime: totals.completed_on_time,
    completedLate: totals.completed_late,
    transfers: totals.transfers,
    extensions: totals.extensions,
  }));
}

/**
 * A moved subtree's totals (all its stripes) leave its old ancestors and join its new ones (ancestors
 * common to both paths keep them), in stripe 0, in (depth, id) order like every writer of these rows.
 * Run after the subtree's tasks were re-pathed: that update waits for any command holding one of
 * them, so the totals read here include every delta written under the old path.
 */
export async function moveSubtreeTotals(tx: Tx, moved: SubtreeMoved) {
  const { movedUnitId, shifts } = ancestorShifts(moved);
  if (shifts.length === 0) return;
  const signed = sql.join(
    counterColumns.map((name) => sql`a.sign * m.${sql.identifier(`subtree_${name}`)}`),
    sql`, `,
  );
  const summed = sql.join(
    subtreeColumns.map((name) => sql`sum(${sql.identifier(name)}) as ${sql.identifier(name)}`),
    sql`, `,
  );
  await tx.execute(sql`
    insert into unit_work_counters as c (agency_id, unit_id, ${names(subtreeColumns)})
    select ${moved.agencyId}::uuid, a.id, ${signed}
    from (select ${summed} from unit_work_counters where agency_id = ${moved.agencyId} and unit_id = ${movedUnitId} group by unit_id) m
    cross join (values ${ancestorShiftValues(shifts)}) a(id, depth, sign)
    order by a.depth, a.id
    on conflict (agency_id, unit_id, stripe) do update set ${addExcluded(subtreeColumns)}`);
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
