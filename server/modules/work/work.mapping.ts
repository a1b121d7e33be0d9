import type { TaskOutcome } from '../../../contracts/work.js';
import type { TaskSignal } from './work.signals.js';
import type { OpenRequest, TaskState } from './work.state.js';
import type { TaskListTask } from './work.task-page.js';

/** The rules' view of a stored task; the open request's instant comes back from JSON as a string. */
export function toTaskState(row: TaskListTask): TaskState {
  const request = row.openRequest as (Omit<OpenRequest, 'openedAt'> & { openedAt: string }) | null;
  return {
    status: row.status,
    ownerId: row.ownerId,
    assignerId: row.assignerId,
    unitId: row.unitId,
    startDate: row.startDate,
    dueDate: row.dueDate,
    assignedAt: row.assignedAt,
    acceptedAt: row.acceptedAt,
    inProgressSince: row.inProgressSince,
    submittedAt: row.submittedAt,
    completedAt: row.completedAt,
    progressPercent: row.progressPercent,
    lastProgressAt: row.lastProgressAt,
    grade: row.grade as TaskState['grade'],
    openRequest: request ? ({ ...request, openedAt: new Date(request.openedAt) } as OpenRequest) : null,
    transferCount: row.transferCount,
    extensionCount: row.extensionCount,
    returnCount: row.returnCount,
  };
}

/** The columns a command may change, from the rules' next state and the signals computed for it. */
export function stateColumns(state: TaskState, signals: (TaskSignal & { level: number })[], outcome: TaskOutcome | null) {
  return {
    status: state.status,
    ownerId: state.ownerId,
    dueDate: state.dueDate,
    acceptedAt: state.acceptedAt,
    inProgressSince: state.inProgressSince,
    submittedAt: state.submittedAt,
    completedAt: state.completedAt,
    progressPercent: state.progressPercent,
    lastProgressAt: state.lastProgressAt,
    grade: state.grade,
    openRequest: state.openRequest,
    deciderIds: decidersOf(state),
    transferCount: state.transferCount,
    extensionCount: state.extensionCount,
    returnCount: state.returnCount,
    signals,
    signalKinds: signals.map((signal) => signal.kind),
    countedOutcome: outcome,
  };
}

/** The person a stored task's open transfer proposes, whom its answers name too; null without one. */
export const proposedOwnerOf = (task: { openRequest: unknown }) => (task.openRequest as { proposedOwnerId?: string | null } | null)?.proposedOwnerId ?? null;

/** Whose decision the task waits for: the proposed new owner, or the assigner for requests and results. */
export function decidersOf(state: TaskState): string[] {
  const request = state.openRequest;
  if (request?.kind === 'transfer' && request.stage === 'approved') return [request.proposedOwnerId];
  if (request || state.status === 'submitted') return [state.assignerId];
  return [];
}

/** What one task adds to its unit's dashboard counters for a given outcome. */
export function contributionOf(outcome: TaskOutcome | null) {
  return {
    open: outcome === 'open_in_time' || outcome === 'open_overdue' ? 1 : 0,
    overdue: outcome === 'open_overdue' ? 1 : 0,
    completedOnTime: outcome === 'completed_on_time' ? 1 : 0,
    completedLate: outcome === 'completed_late' ? 1 : 0,
  };
}

export function outcomeDelta(before: TaskOutcome | null, after: TaskOutcome | null) {
  const [a, b] = [contributionOf(before), contributionOf(after)];
  return {
    open: b.open - a.open,
    overdue: b.overdue - a.overdue,
    completedOnTime: b.completedOnTime - a.completedOnTime,
    completedLate: b.completedLate - a.completedLate,
  };
}
