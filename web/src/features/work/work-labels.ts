import type { TaskOutcome, TaskPriority, TaskSignalKind, TaskStatus } from '../../shared/contracts';

export const taskStatuses: TaskStatus[] = ['assigned', 'in_progress', 'submitted', 'completed', 'cancelled'];
export const openStatuses: TaskStatus[] = ['assigned', 'in_progress', 'submitted'];
export const closedStatuses: TaskStatus[] = ['completed', 'cancelled'];
export const taskPriorities: TaskPriority[] = ['low', 'normal', 'high', 'urgent'];
/** Most urgent first, as the contract orders them. */
export const signalKinds: TaskSignalKind[] = ['overdue', 'difficulty_overdue', 'result_unreviewed', 'unaccepted', 'stalled', 'due_soon', 'bounced', 'extended'];

export const statusColors: Record<TaskStatus, string> = {
  assigned: 'gold',
  in_progress: 'blue',
  submitted: 'purple',
  completed: 'green',
  cancelled: 'default',
};

export const outcomeColors: Record<TaskOutcome, string> = {
  completed_on_time: 'green',
  completed_late: 'orange',
  open_in_time: 'cyan',
  open_overdue: 'red',
};

export const signalColors: Record<TaskSignalKind, string> = {
  overdue: 'red',
  difficulty_overdue: 'volcano',
  result_unreviewed: 'magenta',
  unaccepted: 'orange',
  stalled: 'orange',
  due_soon: 'gold',
  bounced: 'purple',
  extended: 'geekblue',
};

export const priorityColors: Record<TaskPriority, string> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};
