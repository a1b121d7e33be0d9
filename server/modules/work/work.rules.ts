import { requestableTransferReasonCodes, type TaskEventKind } from '../../../contracts/work.js';
import { isIsoDate } from '../../platform/calendar/working-days.js';
import type { LocalizedText } from '../../platform/errors.js';
import { checkPermission, refusal, type Refusal } from './work.policy.js';
import { differences, type TaskEvent } from './work.state.js';
import type { DecisionContext, TaskRelation, TaskState, WorkCommand } from './work.state.js';

export { summarize, type TaskEvent, type TaskSummary } from './work.state.js';
export { availableCommands, commandRules, type Refusal, type RefusalReason } from './work.policy.js';

export type Decision = { ok: true; next: TaskState; event: TaskEvent } | Refusal;

type Change = { next: TaskState; kind: TaskEventKind; reason: string | null };

const invalid = (vi: string, en: string) => refusal('invalid_command', { vi, en } satisfies LocalizedText);
const missingReason = () => invalid('Vui lòng nêu lý do', 'A reason is required');
const sameOwner = () => invalid('Người nhận mới phải khác người đang chủ trì', 'The new owner must differ from the current owner');
const hasText = (value: string | undefined): value is string => value !== undefined && value.trim().length > 0;

/** A due date someone sets now: a real date, not in the past, not before the task starts. */
function checkNewDueDate(task: TaskState, date: string, now: DecisionContext): Refusal | null {
  if (!isIsoDate(date)) return invalid('Ngày không hợp lệ', 'Invalid date');
  if (date < now.today || date < task.startDate) return invalid('Hạn mới không được ở quá khứ', 'The new due date cannot be in the past');
  return null;
}
function checkLaterDueDate(task: TaskState, date: string, now: DecisionContext): Refusal | null {
  if (isIsoDate(date) && date <= task.dueDate) return invalid('Hạn mới phải sau hạn hiện tại', 'The new due date must be after the current one');
  return checkNewDueDate(task, date, now);
}

/** Any move of the due date to a later day counts as an extension, whichever command made it. */
function withDueDate(task: TaskState, dueDate: string | null | undefined): TaskState {
  if (!dueDate || dueDate === task.dueDate) return task;
  return { ...task, dueDate, extensionCount: task.extensionCount + (dueDate > task.dueDate ? 1 : 0) };
}

const start = (task: TaskState, instant: Date): TaskState => ({ ...task, status: 'in_progress', inProgressSince: instant });

function apply(task: TaskState, relations: readonly TaskRelation[], command: WorkCommand, now: DecisionContext): Change | Refusal {
  const at = now.instant;
  switch (command.name) {
    case 'accept':
      return { next: { ...start(task, at), acceptedAt: at }, kind: 'task.accepted', reason: null };
    case 'raiseDifficulty': {
      if (!hasText(command.description) || !hasText(command.proposal))
        return invalid('Nêu rõ vướng mắc và đề xuất giải pháp', 'Describe the difficulty and propose a solution');
      const dateError = command.proposedDueDate ? checkLaterDueDate(task, command.proposedDueDate, now) : null;
      if (dateError) return dateError;
      const openRequest = {
        kind: 'difficulty',
        openedAt: at,
        description: command.description,
        proposal: command.proposal,
        proposedDueDate: command.proposedDueDate ?? null,
      } as const;
      return { next: { ...task, openRequest }, kind: 'task.difficulty_raised', reason: command.description };
    }
    case 'decideDifficulty': {
      if (!hasText(command.reason)) return missingReason();
      const closed = { ...task, openRequest: null };
      if (command.decision === 'approve_proposal') {
        const proposedDueDate = task.openRequest?.kind === 'difficulty' ? task.openRequest.proposedDueDate : null;
        return { next: withDueDate(closed, proposedDueDate), kind: 'task.difficulty_decided', reason: command.reason };
      }
      if (command.decision === 'change_task') {
        const dateError = command.newDueDate ? checkNewDueDate(task, command.newDueDate, now) : null;
        return dateError ?? { next: withDueDate(closed, command.newDueDate), kind: 'task.difficulty_decided', reason: command.reason };
      }
      if (command.newOwnerId === task.ownerId) return sameOwner();
      // The owner stays accountable until the new owner accepts, exactly as in any transfer.
      const openRequest = {
        kind: 'transfer',
        stage: 'approved',
        openedAt: at,
        reasonCode: 'difficulty_decision',
        reason: command.reason,
        proposedOwnerId: command.newOwnerId,
      } as const;
      return { next: { ...task, openRequest }, kind: 'task.difficulty_decided', reason: command.reason };
    }
    case 'reportProgress':
      if (!Number.isInteger(command.percent) || command.percent < 0 || command.percent > 100) return invalid('Tiến độ từ 0 đến 100%', 'Progress is 0–100%');
      if (!hasText(command.note)) return invalid('Nêu nội dung đã thực hiện', 'Describe the progress');
      return { next: { ...task, progressPercent: command.percent, lastProgressAt: at }, kind: 'task.progress_reported', reason: command.note };
    case 'submit':
      if (!hasText(command.note)) return invalid('Báo cáo kết quả thực hiện', 'Describe the result');
      return {
        next: { ...task, status: 'submitted', submittedAt: at, progressPercent: 100, openRequest: null },
        kind: 'task.submitted',
        reason: command.note,
      };
    case 'acceptResult':
      if (![1, 2, 3, 4, 5].includes(command.grade)) return invalid('Chọn mức chất lượng từ 1 đến 5', 'Choose a grade from 1 to 5');
      return {
        next: { ...task, status: 'completed', completedAt: at, grade: command.grade },
        kind: 'task.result_accepted',
        reason: command.note?.trim() || null,
      };
    case 'returnForRework':
      if (!hasText(command.reason)) return missingReason();
      return {
        next: { ...start(task, at), submittedAt: null, returnCount: task.returnCount + 1 },
        kind: 'task.returned_for_rework',
        reason: command.reason,
      };
    case 'cancel':
      if (!hasText(command.reason)) return missingReason();
      return { next: { ...task, status: 'cancelled', openRequest: null }, kind: 'task.cancelled', reason: command.reason };
    case 'reopen': {
      if (!hasText(command.reason)) return missingReason();
      const dateError = command.newDueDate ? checkNewDueDate(task, command.newDueDate, now) : null;
      if (dateError) return dateError;
      const reopened: TaskState = task.acceptedAt ? start(task, at) : { ...task, status: 'assigned', inProgressSince: null };
      return { next: withDueDate({ ...reopened, submittedAt: null }, command.newDueDate), kind: 'task.reopened', reason: command.reason };
    }
    case 'requestTransfer': {
      if (!hasText(command.reason)) return missingReason();
      if (!(requestableTransferReasonCodes as readonly string[]).includes(command.reasonCode)) return invalid('Chọn lý do chuyển', 'Choose a transfer reason');
      if (command.newOwnerId === task.ownerId) return sameOwner();
      const base = { kind: 'transfer', openedAt: at, reasonCode: command.reasonCode, reason: command.reason } as const;
      const isApprover = relations.includes('assigner') || relations.includes('unit_head');
      if (!isApprover)
        return {
          next: { ...task, openRequest: { ...base, stage: 'requested', proposedOwnerId: command.newOwnerId ?? null } },
          kind: 'task.transfer_requested',
          reason: command.reason,
        };
      if (!command.newOwnerId) return invalid('Chọn người nhận mới', 'Choose the new owner');
      return {
        next: { ...task, openRequest: { ...base, stage: 'approved', proposedOwnerId: command.newOwnerId } },
        kind: 'task.transfer_approved',
        reason: command.reason,
      };
    }
    case 'approveTransfer': {
      if (task.openRequest?.kind !== 'transfer') return refusal('no_open_request');
      if (command.newOwnerId === task.ownerId) return sameOwner();
      const openRequest = { ...task.openRequest, stage: 'approved', proposedOwnerId: command.newOwnerId } as const;
      return { next: { ...task, openRequest }, kind: 'task.transfer_approved', reason: command.reason?.trim() || null };
    }
    case 'rejectTransfer':
      if (!hasText(command.reason)) return missingReason();
      return { next: { ...task, openRequest: null }, kind: 'task.transfer_rejected', reason: command.reason };
    case 'respondToTransfer': {
      const request = task.openRequest;
      if (request?.kind !== 'transfer' || request.stage !== 'approved') return refusal('no_open_request');
      if (command.response === 'refuse') {
        if (!hasText(command.reason)) return missingReason();
        return { next: { ...task, openRequest: null }, kind: 'task.transfer_refused', reason: command.reason };
      }
      // Accepting the transfer is accepting the task: the bounce is counted here and only here.
      const next = { ...start(task, at), ownerId: request.proposedOwnerId, acceptedAt: at, openRequest: null, transferCount: task.transferCount + 1 };
      // The transfer's reason is the previous owner's (on the request's line); the taker wrote none.
      return { next, kind: 'task.transferred', reason: null };
    }
    case 'requestExtension': {
      if (!hasText(command.reason)) return missingReason();
      const dateError = checkLaterDueDate(task, command.newDueDate, now);
      if (dateError) return dateError;
      return {
        next: { ...task, openRequest: { kind: 'extension', openedAt: at, newDueDate: command.newDueDate, reason: command.reason } },
        kind: 'task.extension_requested',
        reason: command.reason,
      };
    }
    case 'decideExtension': {
      if (task.openRequest?.kind !== 'extension') return refusal('no_open_request');
      const closed = { ...task, openRequest: null };
      if (command.decision === 'approve')
        return { next: withDueDate(closed, task.openRequest.newDueDate), kind: 'task.extension_approved', reason: command.reason.trim() || null };
      if (!hasText(command.reason)) return missingReason();
      return { next: closed, kind: 'task.extension_refused', reason: command.reason };
    }
    case 'comment':
      if (!hasText(command.text)) return invalid('Nhập nội dung ý kiến', 'Write a comment');
      return { next: task, kind: 'task.commented', reason: command.text };
    case 'extend': {
      if (!hasText(command.reason)) return missingReason();
      const dateError = checkLaterDueDate(task, command.newDueDate, now);
      if (dateError) return dateError;
      return { next: withDueDate(task, command.newDueDate), kind: 'task.extended', reason: command.reason };
    }
  }
}

/**
 * The task state machine: whether `relations` may issue `command` on `task` now and, if so, the next state and
 * the event to record. Pure: the service loads the task, works out the relations, and persists the result.
 */
export function decide(task: TaskState, relations: readonly TaskRelation[], command: WorkCommand, now: DecisionContext): Decision {
  const denied = checkPermission(task, relations, command.name);
  if (denied) return denied;
  const change = apply(task, relations, command, now);
  if ('ok' in change) return change;
  return { ok: true, next: change.next, event: { kind: change.kind, reason: change.reason, ...differences(task, change.next) } };
}
