import type {
  DifficultyDecision,
  QualityGrade,
  TaskEventKind,
  TaskOutcome,
  TaskRelation,
  TaskSignalKind,
  TaskStatus,
  TransferReasonCode,
  WorkCommandName,
} from '../../../contracts/work.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { isLate, type WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { TaskListTask } from './work.task-page.js';

export type { DifficultyDecision, QualityGrade, TaskRelation, TaskStatus, TransferReasonCode, WorkCommandName };

export type DifficultyRequest = {
  kind: 'difficulty';
  openedAt: Date;
  description: string;
  /** The directive's rule: whoever raises a difficulty proposes a way out. */
  proposal: string;
  proposedDueDate: string | null;
};
/** At 'requested' the owner may suggest a successor; at 'approved' the approver's choice waits for that person's answer. */
export type TransferRequest = { kind: 'transfer'; openedAt: Date; reasonCode: TransferReasonCode; reason: string } & (
  { stage: 'requested'; proposedOwnerId: string | null } | { stage: 'approved'; proposedOwnerId: string }
);
export type ExtensionRequest = { kind: 'extension'; openedAt: Date; newDueDate: string; reason: string };
export type OpenRequest = DifficultyRequest | TransferRequest | ExtensionRequest;

/**
 * A detected condition, never a sanction: a person decides what follows. `since` is the first local date the
 * condition held, the clock of escalation; null for standing facts (bounced, extended), whose clock the sweep
 * reads from the task's events to notify and escalate them (work.standing-signals.ts).
 */
export interface TaskSignal {
  kind: TaskSignalKind;
  since: string | null;
}

/** Everything the rules need to know about a task; dates are yyyy-mm-dd in Asia/Ho_Chi_Minh. */
export interface TaskState {
  status: TaskStatus;
  /** The one accountable person; changes only when a new owner accepts a transfer. */
  ownerId: string;
  assignerId: string;
  unitId: string;
  startDate: string;
  dueDate: string;
  assignedAt: Date;
  /** When the current owner accepted the task (or the transfer of it). */
  acceptedAt: Date | null;
  /** When the task last entered in_progress; with lastProgressAt, the clock of the "stalled" signal. */
  inProgressSince: Date | null;
  /** Submission of the result under review, or of the accepted result; timeliness is measured here. */
  submittedAt: Date | null;
  completedAt: Date | null;
  progressPercent: number;
  lastProgressAt: Date | null;
  grade: QualityGrade | null;
  openRequest: OpenRequest | null;
  transferCount: number;
  extensionCount: number;
  returnCount: number;
}

export interface DecisionContext {
  instant: Date;
  /** The local date of `instant`, passed in so callers and tests agree on one calendar day. */
  today: string;
}

export const contextAt = (instant: Date): DecisionContext => ({ instant, today: localDateOf(instant) });

type WithReason = { reason: string };
export type WorkCommand =
  | { name: 'accept' }
  | { name: 'raiseDifficulty'; description: string; proposal: string; proposedDueDate?: string }
  | ({ name: 'decideDifficulty' } & WithReason &
      ({ decision: 'approve_proposal' } | { decision: 'change_task'; newDueDate?: string } | { decision: 'reassign'; newOwnerId: string }))
  | { name: 'reportProgress'; percent: number; note: string }
  | { name: 'submit'; note: string }
  | { name: 'acceptResult'; grade: QualityGrade; note?: string }
  | ({ name: 'returnForRework' } & WithReason)
  | ({ name: 'cancel' } & WithReason)
  | ({ name: 'reopen'; newDueDate?: string } & WithReason)
  | ({ name: 'requestTransfer'; reasonCode: TransferReasonCode; newOwnerId?: string } & WithReason)
  | { name: 'approveTransfer'; newOwnerId: string; reason?: string }
  | ({ name: 'rejectTransfer' } & WithReason)
  | ({ name: 'respondToTransfer' } & ({ response: 'accept' } | ({ response: 'refuse' } & WithReason)))
  | ({ name: 'requestExtension'; newDueDate: string } & WithReason)
  | ({ name: 'decideExtension'; decision: 'approve' | 'refuse' } & WithReason)
  | { name: 'comment'; text: string; mentionIds?: string[] }
  | ({ name: 'extend'; newDueDate: string } & WithReason);

export interface NewTask {
  ownerId: string;
  assignerId: string;
  unitId: string;
  startDate: string;
  dueDate: string;
  assignedAt: Date;
}

/** A self-assigned task needs no acceptance step: the owner already said yes by creating it. */
export function newTaskState(task: NewTask): TaskState {
  const isSelfAssigned = task.ownerId === task.assignerId;
  return {
    ...task,
    status: isSelfAssigned ? 'in_progress' : 'assigned',
    acceptedAt: isSelfAssigned ? task.assignedAt : null,
    inProgressSince: isSelfAssigned ? task.assignedAt : null,
    submittedAt: null,
    completedAt: null,
    progressPercent: 0,
    lastProgressAt: null,
    grade: null,
    openRequest: null,
    transferCount: 0,
    extensionCount: 0,
    returnCount: 0,
  };
}

export interface PersonStanding {
  personId: string;
  /** Head or deputy of the task's unit or of one of its ancestors. */
  managesTaskUnit: boolean;
  isLeader: boolean;
  isCollaborator: boolean;
}

/** What of a task decides who stands in which relation to it (a stored row's open request as well as the state's). */
export type RelationFacts = Pick<TaskState, 'ownerId' | 'assignerId'> & {
  openRequest: { kind: string; stage?: string; proposedOwnerId?: string | null } | null;
};

/** The relations a person holds to a task; the service supplies the org facts. */
export function relationsOf(task: RelationFacts, person: PersonStanding): TaskRelation[] {
  const request = task.openRequest;
  const relations: TaskRelation[] = [];
  if (task.ownerId === person.personId) relations.push('owner');
  if (task.assignerId === person.personId) relations.push('assigner');
  if (person.managesTaskUnit) relations.push('unit_head');
  if (request?.kind === 'transfer' && request.stage === 'approved' && request.proposedOwnerId === person.personId) relations.push('proposed_owner');
  if (person.isCollaborator) relations.push('collaborator');
  if (person.isLeader) relations.push('leader');
  return relations.length > 0 ? relations : ['other'];
}

export type DueInput = { dueDate: string } | { workingDays: number };

/** A due date given directly, or as the N-th working day after the start date (holidays skipped). */
export function resolveDueDate(due: DueInput, startDate: string, calendar: Pick<WorkingCalendar, 'addWorkingDays'>): string {
  return 'dueDate' in due ? due.dueDate : calendar.addWorkingDays(startDate, due.workingDays);
}

/**
 * The Government Office's four states. Timeliness is the owner's: it is measured when the accepted result was
 * submitted, so an assigner slow to review does not make the owner late. While a result waits for review it is
 * judged by its submission too; a returned result clears that, and the clock runs again.
 */
export function outcomeOf(task: Pick<TaskState, 'status' | 'dueDate' | 'submittedAt'>, now: Date): TaskOutcome | null {
  if (task.status === 'cancelled') return null;
  const hasResult = task.status === 'submitted' || task.status === 'completed';
  const isLateNow = isLate(task.dueDate, (hasResult ? task.submittedAt : null) ?? now);
  if (task.status === 'completed') return isLateNow ? 'completed_late' : 'completed_on_time';
  return isLateNow ? 'open_overdue' : 'open_in_time';
}

export const isOpen = (task: Pick<TaskState, 'status'>) => task.status === 'assigned' || task.status === 'in_progress' || task.status === 'submitted';

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
