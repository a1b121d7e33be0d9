import type { TaskStatus, WorkCommandName } from '../../../contracts/work.js';
import type { LocalizedText } from '../../platform/errors.js';
import { newTaskState, type TaskRelation, type TaskState } from './work.state.js';

/**
 * Subtasks (pure rules). A subtask is an ordinary task with its own one accountable owner; the
 * parent keeps its own owner. Roll-up rule: the parent's overall progress is the plain average of
 * the parent's own reported progress and the progress of each subtask that was not cancelled (a
 * completed or submitted subtask counts 100 %), rounded to a whole percent.
 */
export interface SubtaskProgress {
  status: TaskStatus;
  progressPercent: number;
}

const OPEN: readonly TaskStatus[] = ['assigned', 'in_progress', 'submitted'];
export const isOpenStatus = (status: TaskStatus) => OPEN.includes(status);

export function rollUp(ownPercent: number, subtasks: readonly SubtaskProgress[]) {
  const counted = subtasks.filter((s) => s.status !== 'cancelled');
  const percents = counted.map((s) => (s.status === 'completed' || s.status === 'submitted' ? 100 : s.progressPercent));
  const percent = Math.round([ownPercent, ...percents].reduce((sum, p) => sum + p, 0) / (1 + percents.length));
  return { percent, open: counted.filter((s) => isOpenStatus(s.status)).length, done: counted.filter((s) => s.status === 'completed').length };
}

/** Commands that close a task (hand in, accept, cancel): refused while a subtask is open. */
export const closingCommands: readonly WorkCommandName[] = ['submit', 'acceptResult', 'cancel'];

export function closesWithOpenSubtasks(command: WorkCommandName, subtasks: readonly { status: TaskStatus }[]): boolean {
  return closingCommands.includes(command) && subtasks.some((s) => isOpenStatus(s.status));
}

export type SplitRefusal = { reason: 'not_allowed' | 'task_closed' | 'invalid_command'; message: LocalizedText; field?: string };

/** Who may split a task into subtasks: its owner, its assigner, the managers of its unit, leaders. */
const SPLITTERS: readonly TaskRelation[] = ['owner', 'assigner', 'unit_head', 'leader'];

/** Whether `relations` may split `parent` now into a subtask owned by `ownerId`, due on `dueDate`. */
export function checkSplit(parent: TaskState, relations: readonly TaskRelation[], child: { ownerId: string; dueDate: string }): SplitRefusal | null {
  if (!relations.some((r) => SPLITTERS.includes(r)))
    return { reason: 'not_allowed', message: { vi: 'Bạn không được chia nhỏ nhiệm vụ này', en: 'You may not split this task' } };
  if (parent.status !== 'assigned' && parent.status !== 'in_progress')
    return { reason: 'task_closed', message: { vi: 'Nhiệm vụ đã trình, hoàn thành hoặc hủy', en: 'The task was handed in, completed or cancelled' } };
  if (typeof child.ownerId !== 'string' || child.ownerId.length === 0)
    return {
      reason: 'invalid_command',
      field: 'body.ownerId',
      message: { vi: 'Nhiệm vụ con cần đúng một người chủ trì', en: 'A subtask needs exactly one owner' },
    };
  if (child.dueDate > parent.dueDate)
    return {
      reason: 'invalid_command',
      field: 'body.due',
      message: { vi: 'Hạn của nhiệm vụ con không được sau hạn của nhiệm vụ cha', en: "A subtask cannot be due after its parent's due date" },
    };
  return null;
}

/** The subtask's first state: a new task of its own owner, assigned by whoever split the parent. */
export function splitTask(parent: TaskState, splitter: string, child: { ownerId: string; dueDate: string; startDate: string; assignedAt: Date }) {
  return newTaskState({
    ownerId: child.ownerId,
    assignerId: splitter,
    unitId: parent.unitId,
    startDate: child.startDate,
    dueDate: child.dueDate,
    assignedAt: child.assignedAt,
  });
}
