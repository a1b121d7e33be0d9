import type { TaskListItem } from '../../../shared/contracts';
import { fromIsoDate } from '../../../shared/format';
import { type ActionSpec, allowedActions } from '../task-actions';

/**
 * What moving a task's due date to `day` becomes for this viewer: the assigner's direct extension,
 * the owner's extension request, or nothing (null) — the same abilities the server answers with.
 */
export function dueChangeAction(task: TaskListItem, day: string): ActionSpec | null {
  const [spec] = allowedActions(task, ['extend', 'requestExtension']);
  if (!spec) return null;
  return day > task.dueDate ? { ...spec, initialValues: () => ({ newDueDate: fromIsoDate(day) }) } : spec;
}

/** Whether the viewer may move this task's due date at all. */
export const canMoveDue = (task: TaskListItem) => allowedActions(task, ['extend', 'requestExtension']).length > 0;

export const isOverdue = (task: TaskListItem) => task.outcome === 'open_overdue';
