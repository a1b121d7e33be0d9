import type { Actor } from '../../platform/actor.js';
import { invalidState } from '../../platform/errors.js';
import type { TaskState, WorkCommand } from './work.state.js';

/**
 * The person a transfer request names sees the task only once it is approved; answering earlier
 * is a step out of order, not a missing task, so she is told so (others still get a plain 404).
 */
export function transferNotYetApproved(actor: Actor, task: TaskState, command: WorkCommand) {
  const request = task.openRequest;
  const isNamedReceiver =
    request?.kind === 'transfer' && request.stage === 'requested' && request.proposedOwnerId !== null && request.proposedOwnerId === actor.personId;
  if (command.name !== 'respondToTransfer' || !isNamedReceiver) return null;
  return invalidState('transfer_not_approved', {
    vi: 'Đề nghị chuyển nhiệm vụ chưa được duyệt: chỉ trả lời sau khi người giao việc hoặc lãnh đạo đơn vị duyệt',
    en: 'The transfer is not yet approved: answer it once the assigner or the unit head has approved it',
  });
}
