import type { TaskEventKind } from '../../../contracts/work.js';
import type { LocalizedText } from '../../platform/errors.js';
import type { TaskState } from './work.state.js';

const verbs: Record<TaskEventKind, { kind: string; vi: string; en: string }> = {
  'task.assigned': { kind: 'task_assigned', vi: 'giao nhiệm vụ', en: 'assigned a task' },
  'task.accepted': { kind: 'task_assigned', vi: 'đã tiếp nhận nhiệm vụ', en: 'accepted the task' },
  'task.difficulty_raised': { kind: 'difficulty_raised', vi: 'báo khó khăn, đề xuất giải pháp', en: 'raised a difficulty with a proposal' },
  'task.difficulty_decided': { kind: 'difficulty_decided', vi: 'đã quyết định xử lý vướng mắc', en: 'decided on the difficulty' },
  'task.progress_reported': { kind: 'task_commented', vi: 'cập nhật tiến độ', en: 'reported progress' },
  'task.submitted': { kind: 'result_submitted', vi: 'trình kết quả chờ nghiệm thu', en: 'submitted the result' },
  'task.result_accepted': { kind: 'result_accepted', vi: 'đã nghiệm thu kết quả', en: 'accepted the result' },
  'task.returned_for_rework': { kind: 'result_returned', vi: 'trả lại để làm lại', en: 'returned the result for rework' },
  'task.cancelled': { kind: 'task_cancelled', vi: 'đã hủy nhiệm vụ', en: 'cancelled the task' },
  'task.reopened': { kind: 'task_reopened', vi: 'đã mở lại nhiệm vụ', en: 'reopened the task' },
  'task.transfer_requested': { kind: 'transfer_requested', vi: 'đề nghị chuyển nhiệm vụ', en: 'asked to transfer the task' },
  'task.transfer_approved': { kind: 'transfer_proposed', vi: 'đề nghị bạn nhận chủ trì nhiệm vụ', en: 'proposes you as the new owner' },
  'task.transfer_rejected': { kind: 'transfer_decided', vi: 'không đồng ý chuyển nhiệm vụ', en: 'rejected the transfer' },
  'task.transferred': { kind: 'transfer_decided', vi: 'đã nhận chủ trì nhiệm vụ', en: 'took over the task' },
  'task.transfer_refused': { kind: 'transfer_decided', vi: 'từ chối nhận nhiệm vụ', en: 'refused to take over the task' },
  'task.extension_requested': { kind: 'extension_requested', vi: 'đề nghị gia hạn', en: 'asked for an extension' },
  'task.extension_approved': { kind: 'extension_decided', vi: 'đồng ý gia hạn', en: 'approved the extension' },
  'task.extension_refused': { kind: 'extension_decided', vi: 'không đồng ý gia hạn', en: 'refused the extension' },
  'task.commented': { kind: 'task_commented', vi: 'trao đổi về nhiệm vụ', en: 'commented on the task' },
  // Written by the explanations module, which sends its own notices; listed so every event kind has words.
  'task.explanation_requested': { kind: 'explanation_requested', vi: 'yêu cầu giải trình', en: 'requested an explanation' },
  'task.explanation_answered': { kind: 'explanation_answered', vi: 'đã giải trình', en: 'gave an explanation' },
  'task.explanation_decided': { kind: 'explanation_decided', vi: 'đã xem xét giải trình', en: 'decided on the explanation' },
  'task.explanation_escalated': { kind: 'explanation_escalated', vi: 'báo cáo cấp trên: quá hạn giải trình', en: 'escalated the overdue explanation' },
  'task.imported': { kind: 'task_assigned', vi: 'nhập nhiệm vụ từ tệp', en: 'imported the task from a file' },
  'task.extended': { kind: 'extension_decided', vi: 'đã gia hạn nhiệm vụ', en: 'extended the task' },
};

/** Everyone directly involved before or after the command hears of it, except whoever did it. */
export function noticeOf(kind: TaskEventKind, actorName: string, title: string, before: TaskState, after: TaskState, actorPersonId: string | null) {
  const verb = verbs[kind];
  const proposed = (state: TaskState) =>
    state.openRequest?.kind === 'transfer' && state.openRequest.stage === 'approved' ? [state.openRequest.proposedOwnerId] : [];
  const involved = [before.ownerId, after.ownerId, after.assignerId, ...proposed(before), ...proposed(after)];
  const recipients = [...new Set(involved)].filter((id) => id !== actorPersonId);
  const text: LocalizedText = { vi: `${actorName} ${verb.vi}: ${title}`, en: `${actorName} ${verb.en}: ${title}` };
  return { kind: verb.kind, title: text, recipients };
}
