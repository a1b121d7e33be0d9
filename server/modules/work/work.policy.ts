import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';
import type { TaskRow } from './work.repository.js';
import type { TaskAudience } from './work.task-page.js';
import { type RelationFacts, relationsOf } from './work.state.js';

/** Heads and deputies answer for their unit's subtree. */
export const managesUnitPath = (actor: Actor, unitPath: string) => actor.managedUnitPaths.some((prefix) => unitPath.startsWith(prefix));

/** Whole-agency roles, managers of the task's unit, and the people on the task see it; nobody else does. */
export function canSeeTask(actor: Actor, row: Pick<TaskRow, 'unitPath' | 'ownerId' | 'assignerId' | 'deciderIds'>, isCollaborator: boolean): boolean {
  if (seesWholeAgency(actor) || managesUnitPath(actor, row.unitPath) || isCollaborator) return true;
  const me = actor.personId;
  return !!me && (row.ownerId === me || row.assignerId === me || row.deciderIds.includes(me));
}

export function relationsOfActor(actor: Actor, task: RelationFacts, unitPath: string, isCollaborator: boolean) {
  return relationsOf(task, {
    personId: actor.personId ?? '',
    managesTaskUnit: managesUnitPath(actor, unitPath),
    isLeader: hasRole(actor, 'leader'),
    isCollaborator,
  });
}

/** Whom a list of the actor's scope may show: the whole agency, or the managed subtrees and the actor's own tasks. */
export function listAudienceOf(actor: Actor): TaskAudience {
  if (seesWholeAgency(actor)) return { kind: 'agency' };
  return { kind: 'scope', managedPaths: actor.managedUnitPaths, personId: actor.personId };
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
