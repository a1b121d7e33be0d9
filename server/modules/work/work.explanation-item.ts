import { and, eq } from 'drizzle-orm';
import { openTaskStatuses } from '../../../contracts/work.js';
import type { Tx } from '../../db/client.js';
import { taskEvents, tasks } from '../../db/schema/index.js';

/** A task as the explanations module sees it: whose it is and whether it is red (open past its due date). */
export interface TaskForExplanation {
  title: string;
  ownerId: string;
  isOverdue: boolean;
}

/** The task of this agency, or undefined; `today` is the local date the overdue test uses. */
export async function taskForExplanation(tx: Tx, agencyId: string, taskId: string, today: string): Promise<TaskForExplanation | undefined> {
  const [row] = await tx
    .select({ title: tasks.title, ownerId: tasks.ownerId, status: tasks.status, dueDate: tasks.dueDate })
    .from(tasks)
    .where(and(eq(tasks.agencyId, agencyId), eq(tasks.id, taskId)));
  if (!row) return undefined;
  const isOpen = (openTaskStatuses as readonly string[]).includes(row.status);
  return { title: row.title, ownerId: row.ownerId, isOverdue: isOpen && row.dueDate < today };
}

export type TaskExplanationEventKind = 'task.explanation_requested' | 'task.explanation_answered' | 'task.explanation_decided' | 'task.explanation_escalated';

/** Puts a step of an explanation on the task's timeline, in the caller's transaction; the task itself is unchanged. */
export async function recordTaskExplanationEvent(
  tx: Tx,
  event: {
    agencyId: string;
    taskId: string;
    kind: TaskExplanationEventKind;
    occurredAt: Date;
    actorPersonId: string | null;
    actorName: string;
    reason: string | null;
    after: Record<string, unknown>;
  },
) {
  await tx.insert(taskEvents).values({ ...event, before: {} });
}
