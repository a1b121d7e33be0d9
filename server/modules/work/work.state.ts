import type { DifficultyDecision, QualityGrade, TaskRelation, TaskStatus, TransferReasonCode, WorkCommandName } from '../../../contracts/work.js';
import { localDateOf } from '../../platform/calendar/dates.js';

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
