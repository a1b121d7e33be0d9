import type { z } from 'zod';
import type { bulkActionBody } from '../../../contracts/work-views.js';
import { type Actor, auditActorOf, hasRole } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { DomainError, type ErrorKind, forbidden, invalidState } from '../../platform/errors.js';
import { notifyPeople } from '../notifications/index.js';
import type { WorkDeps } from './work.deps.js';
import { visibleTask } from './work.followers.js';
import { managesUnitPath } from './work.policy.js';
import { runCommand } from './work.service.js';

/**
 * Bulk actions on selected tasks (issue 28). Each task goes through its own command, transaction
 * and audit row, one after another; a refusal of one is reported for that task, the rest go on.
 */

type BulkAction = z.infer<typeof bulkActionBody>;

const statusOfKind: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  too_many_requests: 429,
};

const REMINDABLE = new Set(['assigned', 'in_progress']);

/** A reminder to the owner: from the assigner, a head of the task's unit or a leader; once a day per task and owner. */
async function remindOwner(deps: WorkDeps, actor: Actor, taskId: string, note: string | undefined) {
  const task = await visibleTask(deps, actor, taskId);
  const mayRemind = task.assignerId === actor.personId || managesUnitPath(actor, task.unitPath) || hasRole(actor, 'leader');
  if (!mayRemind || task.ownerId === actor.personId)
    throw forbidden({ vi: 'Chỉ người giao việc, lãnh đạo đơn vị nhắc người chủ trì', en: 'Only the assigner or a unit head reminds the owner' });
  if (!REMINDABLE.has(task.status)) throw invalidState('invalid_state', { vi: 'Nhiệm vụ không còn đang thực hiện', en: 'The task is no longer open' });
  const now = deps.clock.now();
  const suffix = note ? ` — ${note}` : '';
  const title = { vi: `${actor.displayName} nhắc: ${task.title}${suffix}`, en: `${actor.displayName} reminds you: ${task.title}${suffix}` };
  await deps.db.transaction(async (tx) => {
    await notifyPeople(tx, {
      agencyId: actor.agencyId,
      personIds: [task.ownerId],
      kind: 'task_reminded',
      title,
      subject: { type: 'task', id: task.id },
      dedupeKey: `remind:${task.id}:${localDateOf(now)}`,
      now,
    });
    const context = { agencyId: actor.agencyId, actor: auditActorOf(actor), now };
    await recordAction(tx, context, 'task.reminded', { type: 'task', id: task.id }, { ownerId: task.ownerId, note: note ?? null });
  });
}

async function one(deps: WorkDeps, actor: Actor, body: BulkAction, taskId: string) {
  switch (body.action) {
    case 'remind':
      return remindOwner(deps, actor, taskId, body.note || undefined);
    case 'extend':
      return void (await runCommand(deps, actor, taskId, { name: 'extend', newDueDate: body.newDueDate, reason: body.reason }));
    case 'cancel':
      return void (await runCommand(deps, actor, taskId, { name: 'cancel', reason: body.reason }));
  }
}

export async function runBulkAction(deps: WorkDeps, actor: Actor, body: BulkAction) {
  const results = [];
  for (const taskId of body.taskIds) {
    try {
      await one(deps, actor, body, taskId);
      results.push({ taskId, ok: true, status: 200, code: null, message: null });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ taskId, ok: false, status: statusOfKind[error.kind], code: error.code, message: error.text });
    }
  }
  return { results };
}
