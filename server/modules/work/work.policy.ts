import { sql, type SQL } from 'drizzle-orm';
import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';
import { tasks, taskCollaborators } from '../../db/schema/index.js';
import type { TaskRow } from './work.repository.js';
import { relationsOf, type TaskState } from './work.state.js';

/** Heads and deputies answer for their unit's subtree. */
export const managesUnitPath = (actor: Actor, unitPath: string) => actor.managedUnitPaths.some((prefix) => unitPath.startsWith(prefix));

/** Whole-agency roles, managers of the task's unit, and the people on the task see it; nobody else does. */
export function canSeeTask(actor: Actor, row: Pick<TaskRow, 'unitPath' | 'ownerId' | 'assignerId' | 'deciderIds'>, isCollaborator: boolean): boolean {
  if (seesWholeAgency(actor) || managesUnitPath(actor, row.unitPath) || isCollaborator) return true;
  const me = actor.personId;
  return !!me && (row.ownerId === me || row.assignerId === me || row.deciderIds.includes(me));
}

export function relationsOfActor(actor: Actor, task: TaskState, unitPath: string, isCollaborator: boolean) {
  return relationsOf(task, {
    personId: actor.personId ?? '',
    managesTaskUnit: managesUnitPath(actor, unitPath),
    isLeader: hasRole(actor, 'leader'),
    isCollaborator,
  });
}

const involves = (personId: string) => sql`(${tasks.ownerId} = ${personId} or ${tasks.assignerId} = ${personId} or ${tasks.deciderIds} @> array[${personId}]::uuid[]
  or exists (select 1 from ${taskCollaborators} c where c.task_id = ${tasks.id} and c.person_id = ${personId}))`;

/** The SQL condition for the tasks an actor may list; null when the whole agency is visible. */
export function visibleTasksCondition(actor: Actor): SQL | null {
  if (seesWholeAgency(actor)) return null;
  const managed = actor.managedUnitPaths.map((path) => sql`${tasks.unitPath} like ${path + '%'}`);
  const personal = actor.personId ? [involves(actor.personId)] : [];
  const any = [...managed, ...personal];
  return any.length > 0 ? sql`(${sql.join(any, sql` or `)})` : sql`false`;
}

/**
 * Whether the actor coordinates on the task, asked of the database only when it matters: anyone
 * who already sees the task through another relation gains nothing from being a collaborator.
 */
export async function collaborationOf(actor: Actor, row: Pick<TaskRow, 'unitPath' | 'ownerId' | 'assignerId' | 'deciderIds'>, lookup: () => Promise<boolean>) {
  return canSeeTask(actor, row, false) ? false : lookup();
}

/** Leaders and administrators assign anywhere; unit heads within their subtree; anyone may take a task themselves. */
export function canAssignIn(actor: Actor, unitPath: string, ownerId: string): boolean {
  if (ownerId === actor.personId) return true;
  if (hasRole(actor, 'leader', 'agency_admin', 'system_admin')) return true;
  return managesUnitPath(actor, unitPath);
}
