import type { TaskEventKind } from '../../../contracts/work.js';
import type { TaskState } from './work.state.js';

/** The fields an event shows before and after; only the ones that changed are kept. */
export interface TaskSummary {
  status: TaskState['status'];
  ownerId: string;
  dueDate: string;
  progressPercent: number;
  grade: TaskState['grade'];
  request: Record<string, unknown> | null;
  transferCount: number;
  extensionCount: number;
  returnCount: number;
}
export interface TaskEvent {
  kind: TaskEventKind;
  reason: string | null;
  before: Partial<TaskSummary>;
  after: Partial<TaskSummary>;
}

/** The part of a task its history shows; timestamps are left out because the event has its own. */
export function summarize(task: TaskState): TaskSummary {
  const request = task.openRequest ? (({ openedAt: _openedAt, ...rest }) => rest)(task.openRequest) : null;
  const { status, ownerId, dueDate, progressPercent, grade, transferCount, extensionCount, returnCount } = task;
  return { status, ownerId, dueDate, progressPercent, grade, request, transferCount, extensionCount, returnCount };
}

/** Only what changed, so the history reads as "due date 28/04 → 05/05", not as two full snapshots. */
export function differences(before: TaskState, after: TaskState): Pick<TaskEvent, 'before' | 'after'> {
  const [old, now] = [summarize(before), summarize(after)];
  const changed = (Object.keys(old) as (keyof TaskSummary)[]).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]));
  return { before: Object.fromEntries(changed.map((key) => [key, old[key]])), after: Object.fromEntries(changed.map((key) => [key, now[key]])) };
}
