import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CreateSubtaskBody } from '../../../contracts/work-structure.js';
import { taskSubtasks, tasks } from '../../db/schema/index.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { forbidden, invalidState, validationError } from '../../platform/errors.js';
import { auditContext, type WorkDeps } from './work.deps.js';
import { isCollaboratorIn } from './work.presenter.js';
import { toTaskState } from './work.state.js';
import { resolveDueDate } from './work.state.js';
import { canSeeTask, relationsOfActor } from './work.policy.js';
import * as repository from './work.repository.js';
import { assignTask } from './work.assign.js';
import { taskNotFound } from './work.service.js';
import { subtasksOf } from './work.subtasks.repository.js';
import { checkSplit, rollUp } from './work.subtasks.rules.js';

/** The task as its reader may see it, or 404. */
export async function visibleTask(deps: WorkDeps, actor: Actor, taskId: string) {
  const found = await repository.findTaskForCommand(deps.db, actor.agencyId, taskId);
  const isCollaborator = found ? isCollaboratorIn(found.collaborators, actor) : false;
  if (!found || !canSeeTask(actor, found.task, isCollaborator)) throw taskNotFound();
  const actsAsCollaborator = isCollaborator && !canSeeTask(actor, found.task, false);
  const relations = relationsOfActor(actor, toTaskState(found.task), found.task.unitPath, actsAsCollaborator);
  return { ...found, relations };
}

/**
 * Splits a task: the subtask is created exactly as any task (same checks of unit, owner, scope and
 * due date) and linked to its parent in the same transaction, which also moves the parent's version
 * on, so a command closing the parent that read it before reads again and sees the new subtask.
 */
export async function createSubtask(deps: WorkDeps, actor: Actor, parentId: string, input: CreateSubtaskBody) {
  if (input.source.kind !== 'ad_hoc')
    throw validationError([{ field: 'body.source', message: { vi: 'Nhiệm vụ con xuất phát từ nhiệm vụ cha', en: 'A subtask comes from its parent' } }]);
  const parent = await visibleTask(deps, actor, parentId);
  const calendar = await deps.calendars.get(actor.agencyId);
  const due = input.due.kind === 'date' ? { dueDate: input.due.dueDate } : { workingDays: input.due.workingDays };
  const refusal = checkSplit(toTaskState(parent.task), parent.relations, { ownerId: input.ownerId, dueDate: resolveDueDate(due, input.startDate, calendar) });
  if (refusal?.reason === 'not_allowed') throw forbidden(refusal.message);
  if (refusal?.reason === 'task_closed') throw invalidState('task_closed', refusal.message);
  if (refusal) throw validationError([{ field: refusal.field ?? 'body', message: refusal.message }], refusal.message);
  return assignTask(
    deps,
    actor,
    { ...input, source: { kind: 'ad_hoc' } },
    {
      inTransaction: async (tx, taskId) => {
        const now = deps.clock.now();
        const bumped = await tx
          .update(tasks)
          .set({ version: sql`${tasks.version} + 1`, updatedAt: now })
          .where(and(eq(tasks.agencyId, actor.agencyId), eq(tasks.id, parentId), inArray(tasks.status, ['assigned', 'in_progress'])))
          .returning({ id: tasks.id });
        if (bumped.length === 0)
          throw invalidState('task_closed', { vi: 'Nhiệm vụ đã trình, hoàn thành hoặc hủy', en: 'The task was handed in, completed or cancelled' });
        await tx.insert(taskSubtasks).values({ taskId, agencyId: actor.agencyId, parentTaskId: parentId, createdAt: now });
        await recordAction(
          tx,
          auditContext(deps, actor, now),
          'task.subtask_added',
          { type: 'task', id: parentId },
          { subtaskId: taskId, ownerId: input.ownerId },
        );
      },
    },
  );
}

/** The subtasks of a task, its parent if it is one, and the rolled-up progress. */
export async function listSubtasks(deps: WorkDeps, actor: Actor, taskId: string) {
  const { task } = await visibleTask(deps, actor, taskId);
  const rows = await subtasksOf(deps.db, actor.agencyId, taskId);
  const [parent] = await deps.db
    .select({ id: tasks.id, title: tasks.title })
    .from(taskSubtasks)
    .innerJoin(tasks, eq(tasks.id, taskSubtasks.parentTaskId))
    .where(and(eq(taskSubtasks.agencyId, actor.agencyId), eq(taskSubtasks.taskId, taskId)));
  return {
    parent: parent ?? null,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      owner: { id: row.ownerId, fullName: row.ownerName },
      status: row.status,
      dueDate: row.dueDate,
      progressPercent: row.progressPercent,
    })),
    rollup: rollUp(task.progressPercent, rows),
  };
}
