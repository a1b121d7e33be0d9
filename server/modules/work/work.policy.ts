import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';
import type { TaskRow } from './work.repository.js';
import type { TaskAudience } from './work.task-page.js';
import { type RelationFacts, relationsOf, type TaskRelation, type TaskState, type TaskStatus, type WorkCommandName } from './work.state.js';
import { workCommandNames } from '../../../contracts/work.js';
import type { LocalizedText } from '../../platform/errors.js';

/** Heads and deputies answer for their unit's subtree. */
export const managesUnitPath = (actor: Actor, unitPath: string) => actor.managedUnitPaths.some((prefix) => unitPath.startsWith(prefix));

/** Whole-agency roles, managers of the task's unit, and the people on the task see it; nobody else does. */
export function canSeeTask(actor: Actor, row: Pick<TaskRow, 'unitPath' | 'ownerId' | 'assignerId' | 'deciderIds'>, isCollaborator: boolean): boolean {
  if (seesWholeAgency(actor) || managesUnitPath(actor, row.unitPath) || isCollaborator) return true;
  const me = actor.personId;
  return !!me && (row.ownerId === me || row.assignerId === me || row.deciderIds.includes(me));
}

export function relationsOfActor(actor: Actor, task: RelationFacts, unitPath: string, isCollaborator: boolean) {
  return relationsOf(task, {
    personId: actor.personId ?? '',
    managesTaskUnit: managesUnitPath(actor, unitPath),
    isLeader: hasRole(actor, 'leader'),
    isCollaborator,
  });
}

/** Whom a list of the actor's scope may show: the whole agency, or the managed subtrees and the actor's own tasks. */
export function listAudienceOf(actor: Actor): TaskAudience {
  if (seesWholeAgency(actor)) return { kind: 'agency' };
  return { kind: 'scope', managedPaths: actor.managedUnitPaths, personId: actor.personId };
}

/**
 * Whether the actor coordinates on the task, asked of the database only when it matters: anyone
 * who already sees the task through another relation gains nothing from being a collaborator.
 */
export async function collaborationOf(actor: Actor, row: Pick<TaskRow, 'unitPath' | 'ownerId' | 'assignerId' | 'deciderIds'>, lookup: () => Promise<boolean>) {
  return canSeeTask(actor, row, false) ? false : lookup();
}

/** Leaders and administrators assign anywhere; unit heads within their subtree; anyone may take a task themselves. */
export function canAssignIn(actor: Actor, unitPath: string, ownerId: string): boolean {
  if (ownerId === actor.personId) return true;
  if (hasRole(actor, 'leader', 'agency_admin', 'system_admin')) return true;
  return managesUnitPath(actor, unitPath);
}

export type RefusalReason = 'invalid_state' | 'not_allowed' | 'own_decision' | 'request_open' | 'no_open_request' | 'invalid_command';
export interface Refusal {
  ok: false;
  reason: RefusalReason;
  message: LocalizedText;
}

/** Which open request a command needs, or tolerates. */
type RequestGuard = 'none' | 'none_or_extension' | 'any' | 'difficulty' | 'extension' | 'transfer_requested' | 'transfer_approved';

interface CommandRule {
  statuses: readonly TaskStatus[];
  relations: readonly TaskRelation[];
  request: RequestGuard;
  /** Nobody approves their own request or grades their own result, even when they also assigned the task. */
  isRefusedToOwner?: boolean;
  /** Refused to an owner who did not assign the task to themselves. */
  isRefusedToAssignee?: boolean;
}

const active: TaskStatus[] = ['assigned', 'in_progress'];
const notCancelled: TaskStatus[] = ['assigned', 'in_progress', 'submitted', 'completed'];
const approvers: TaskRelation[] = ['assigner', 'unit_head'];
const involved: TaskRelation[] = ['owner', 'assigner', 'unit_head', 'proposed_owner', 'collaborator', 'leader'];

/** The whole permission model in one table: who may issue each command, from which status, with which request. */
export const commandRules: Record<WorkCommandName, CommandRule> = {
  accept: { statuses: ['assigned'], relations: ['owner'], request: 'none' },
  raiseDifficulty: { statuses: ['in_progress'], relations: ['owner'], request: 'none' },
  decideDifficulty: { statuses: ['in_progress'], relations: approvers, request: 'difficulty', isRefusedToOwner: true },
  reportProgress: { statuses: ['in_progress'], relations: ['owner'], request: 'any' },
  // Finishing the work makes a pending extension moot, so submit withdraws it.
  submit: { statuses: ['in_progress'], relations: ['owner'], request: 'none_or_extension' },
  acceptResult: { statuses: ['submitted'], relations: approvers, request: 'none', isRefusedToOwner: true },
  returnForRework: { statuses: ['submitted'], relations: approvers, request: 'none', isRefusedToOwner: true },
  // An owner dropping a task someone else gave them is the avoidance the directive forbids.
  cancel: { statuses: ['assigned', 'in_progress', 'submitted'], relations: approvers, request: 'any', isRefusedToAssignee: true },
  reopen: { statuses: ['cancelled'], relations: approvers, request: 'none' },
  // The owner asks; an assigner or unit head transfers directly (approved at once, the new owner must still accept).
  requestTransfer: { statuses: active, relations: ['owner', ...approvers], request: 'none' },
  approveTransfer: { statuses: active, relations: approvers, request: 'transfer_requested', isRefusedToOwner: true },
  // Once approved, the transfer is the proposed owner's to accept or refuse; the approver cannot take it back.
  rejectTransfer: { statuses: active, relations: approvers, request: 'transfer_requested', isRefusedToOwner: true },
  respondToTransfer: { statuses: active, relations: ['proposed_owner'], request: 'transfer_approved' },
  requestExtension: { statuses: ['in_progress'], relations: ['owner'], request: 'none' },
  decideExtension: { statuses: ['in_progress'], relations: approvers, request: 'extension', isRefusedToOwner: true },
  comment: { statuses: notCancelled, relations: involved, request: 'any' },
  // The assigner or unit head moves the due date later directly; nobody extends their own task (the owner asks instead).
  extend: { statuses: active, relations: approvers, request: 'none', isRefusedToOwner: true },
};

function satisfiesRequestGuard(task: TaskState, guard: RequestGuard): boolean {
  const request = task.openRequest;
  switch (guard) {
    case 'any':
      return true;
    case 'none':
      return request === null;
    case 'none_or_extension':
      return request === null || request.kind === 'extension';
    case 'difficulty':
    case 'extension':
      return request?.kind === guard;
    case 'transfer_requested':
    case 'transfer_approved':
      return request?.kind === 'transfer' && `transfer_${request.stage}` === guard;
  }
}

const messages: Record<RefusalReason, LocalizedText> = {
  invalid_state: { vi: 'Nhiệm vụ đang ở trạng thái không cho phép thao tác này', en: 'The task’s status does not allow this' },
  not_allowed: { vi: 'Bạn không có quyền thực hiện thao tác này với nhiệm vụ', en: 'You may not do this on this task' },
  own_decision: { vi: 'Không tự quyết định đề nghị hoặc kết quả của chính mình', en: 'You cannot decide on your own request or result' },
  request_open: { vi: 'Nhiệm vụ đang có một đề nghị chờ xử lý', en: 'The task has a pending request' },
  no_open_request: { vi: 'Không có đề nghị phù hợp đang chờ xử lý', en: 'There is no matching pending request' },
  invalid_command: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
};

export function refusal(reason: RefusalReason, message: LocalizedText = messages[reason]): Refusal {
  return { ok: false, reason, message };
}

/** Why `relations` may not issue `name` on `task` now, or null when they may (payload aside). */
export function checkPermission(task: TaskState, relations: readonly TaskRelation[], name: WorkCommandName): Refusal | null {
  const reason = refusalReason(task, relations, name);
  return reason ? refusal(reason) : null;
}

// The reason alone, nothing built: every list item asks it of each command for its `abilities`.
function refusalReason(task: TaskState, relations: readonly TaskRelation[], name: WorkCommandName): RefusalReason | null {
  const rule = commandRules[name];
  if (!rule.statuses.includes(task.status)) return 'invalid_state';
  if (!relations.some((relation) => rule.relations.includes(relation))) return 'not_allowed';
  if (rule.isRefusedToOwner && relations.includes('owner')) return 'own_decision';
  if (rule.isRefusedToAssignee && relations.includes('owner') && !relations.includes('assigner')) return 'own_decision';
  if (!satisfiesRequestGuard(task, rule.request)) return rule.request === 'none' || rule.request === 'none_or_extension' ? 'request_open' : 'no_open_request';
  return null;
}

/** What this person may do next; the presenter returns it as `abilities`. */
export function availableCommands(task: TaskState, relations: readonly TaskRelation[]): WorkCommandName[] {
  return workCommandNames.filter((name) => refusalReason(task, relations, name) === null);
}
