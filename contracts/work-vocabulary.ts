import type { z } from 'zod';
import type { localizedText } from './common.js';

type Label = z.infer<typeof localizedText>;

// ── Vocabulary, shared by the server rules, the API and the web client ──

export const taskStatuses = ['assigned', 'in_progress', 'submitted', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const openTaskStatuses = ['assigned', 'in_progress', 'submitted'] as const satisfies readonly TaskStatus[];

/** A task has at most one open request at a time. */
export const taskRequestKinds = ['difficulty', 'transfer', 'extension'] as const;
export type TaskRequestKind = (typeof taskRequestKinds)[number];
export const transferStages = ['requested', 'approved'] as const;
export type TransferStage = (typeof transferStages)[number];

/** How a person stands to one task; one person may hold several relations. */
export const taskRelations = ['owner', 'assigner', 'unit_head', 'proposed_owner', 'collaborator', 'leader', 'other'] as const;
export type TaskRelation = (typeof taskRelations)[number];

/** Command names are the API verbs and the `abilities` the UI shows. */
export const workCommandNames = [
  'accept',
  'raiseDifficulty',
  'decideDifficulty',
  'reportProgress',
  'submit',
  'acceptResult',
  'returnForRework',
  'cancel',
  'reopen',
  'requestTransfer',
  'approveTransfer',
  'rejectTransfer',
  'respondToTransfer',
  'requestExtension',
  'decideExtension',
  'comment',
  // Calendar and bulk actions (issue 28): the assigner moves a due date later directly, with a reason.
  'extend',
] as const;
export type WorkCommandName = (typeof workCommandNames)[number];

export const difficultyDecisions = ['approve_proposal', 'change_task', 'reassign'] as const;
export type DifficultyDecision = (typeof difficultyDecisions)[number];
export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const taskSourceKinds = ['ad_hoc', 'plan_target', 'procedure_step', 'meeting_conclusion', 'conduct_case', 'document'] as const;
export type TaskSourceKind = (typeof taskSourceKinds)[number];

/** The Government Office's four outcome states; a cancelled task has none. */
export const taskOutcomes = ['completed_on_time', 'completed_late', 'open_in_time', 'open_overdue'] as const;
export type TaskOutcome = (typeof taskOutcomes)[number];

/** Most urgent first: lists and badges show signals in this order. */
export const taskSignalKinds = ['overdue', 'difficulty_overdue', 'result_unreviewed', 'unaccepted', 'stalled', 'due_soon', 'bounced', 'extended'] as const;
export type TaskSignalKind = (typeof taskSignalKinds)[number];

/** Names of a task's status, priority and outcome, for files the server writes (the web app has its own translations). */
export const taskStatusLabels = {
  assigned: { vi: 'Chờ tiếp nhận', en: 'Awaiting acceptance' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  submitted: { vi: 'Chờ nghiệm thu', en: 'Awaiting review' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
} as const satisfies Record<TaskStatus, Label>;
export const taskPriorityLabels = {
  low: { vi: 'Thấp', en: 'Low' },
  normal: { vi: 'Bình thường', en: 'Normal' },
  high: { vi: 'Cao', en: 'High' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
} as const satisfies Record<(typeof taskPriorities)[number], Label>;
export const taskOutcomeLabels = {
  completed_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' },
  completed_late: { vi: 'Hoàn thành quá hạn', en: 'Completed late' },
  open_in_time: { vi: 'Trong hạn', en: 'On schedule' },
  open_overdue: { vi: 'Quá hạn', en: 'Overdue' },
} as const satisfies Record<TaskOutcome, Label>;

/** Names of the signals, for notifications and e-mail (the web app has its own translations). */
export const taskSignalLabels = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  difficulty_overdue: { vi: 'Vướng mắc chưa được xử lý', en: 'Difficulty awaiting decision' },
  result_unreviewed: { vi: 'Kết quả chưa được nghiệm thu', en: 'Result not reviewed' },
  unaccepted: { vi: 'Chưa tiếp nhận', en: 'Not accepted' },
  stalled: { vi: 'Không cập nhật tiến độ', en: 'No progress reported' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  bounced: { vi: 'Chuyển qua nhiều người', en: 'Transferred repeatedly' },
  extended: { vi: 'Gia hạn nhiều lần', en: 'Extended repeatedly' },
} as const satisfies Record<TaskSignalKind, Label>;

export const transferReasonLabels = {
  wrong_unit: { vi: 'Không đúng chức năng, nhiệm vụ của đơn vị', en: 'Outside the unit’s remit' },
  workload: { vi: 'Quá tải công việc', en: 'Workload too high' },
  expertise: { vi: 'Không phù hợp chuyên môn', en: 'Needs other expertise' },
  absence: { vi: 'Vắng mặt (nghỉ phép, công tác, ốm)', en: 'Absence (leave, mission, illness)' },
  reorganisation: { vi: 'Sắp xếp lại tổ chức, nhân sự', en: 'Reorganisation' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
  difficulty_decision: { vi: 'Lãnh đạo giao lại khi quyết định xử lý vướng mắc', en: 'Reassigned when a difficulty was decided' },
} as const satisfies Record<string, Label>;
export type TransferReasonCode = keyof typeof transferReasonLabels;
export const transferReasonCodes = Object.keys(transferReasonLabels) as [TransferReasonCode, ...TransferReasonCode[]];
/** `difficulty_decision` is set by the rules when a difficulty is decided, never chosen in a request. */
export const requestableTransferReasonCodes = ['wrong_unit', 'workload', 'expertise', 'absence', 'reorganisation', 'other'] as const;

export const qualityGradeLabels = {
  1: { vi: 'Không đạt yêu cầu', en: 'Unsatisfactory' },
  2: { vi: 'Cần cải thiện', en: 'Needs improvement' },
  3: { vi: 'Đạt', en: 'Satisfactory' },
  4: { vi: 'Tốt', en: 'Good' },
  5: { vi: 'Xuất sắc', en: 'Excellent' },
} as const satisfies Record<number, Label>;
export type QualityGrade = keyof typeof qualityGradeLabels;

/** Audit actions of a task's history; `task.assigned` is written on creation, the rest by commands. */
export const taskEventKinds = [
  'task.assigned',
  'task.accepted',
  'task.difficulty_raised',
  'task.difficulty_decided',
  'task.progress_reported',
  'task.submitted',
  'task.result_accepted',
  'task.returned_for_rework',
  'task.cancelled',
  'task.reopened',
  'task.transfer_requested',
  'task.transfer_approved',
  'task.transfer_rejected',
  'task.transferred',
  'task.transfer_refused',
  'task.extension_requested',
  'task.extension_approved',
  'task.extension_refused',
  'task.commented',
  // Explanations asked on an overdue task (explanations module): on the timeline, the task unchanged.
  'task.explanation_requested',
  'task.explanation_answered',
  'task.explanation_decided',
  'task.explanation_escalated',
  // Existing work brought in from a file (work.import.ts): past dates and outcomes as history.
  'task.imported',
  'task.extended',
] as const;
export type TaskEventKind = (typeof taskEventKinds)[number];
