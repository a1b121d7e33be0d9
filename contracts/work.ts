import { z } from 'zod';
import { confirmNonWorkingDay, isoDate, isoDateTime, localizedText, optionalText, pageOf, pageQuery, text } from './common.js';

export * from './work-vocabulary.js';
import {
  taskStatuses,
  transferStages,
  workCommandNames,
  taskPriorities,
  taskSourceKinds,
  taskOutcomes,
  taskSignalKinds,
  transferReasonCodes,
  requestableTransferReasonCodes,
  taskEventKinds,
} from './work-vocabulary.js';

// ── Requests ──

const statusSchema = z.enum(taskStatuses);
const reason = text(2000).describe('Lý do');
const note = text(2000);
const personRef = z.object({ id: z.uuid(), fullName: z.string() });
const unitRef = z.object({ id: z.uuid(), name: z.string() });
const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).describe('Chất lượng: 1 Không đạt yêu cầu … 5 Xuất sắc');

const isValidDate = (value: string) => isoDate.safeParse(value).success;

/** A due date, given directly or as working days counted from the start date. */
export const taskDueInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), dueDate: isoDate.describe('Hạn hoàn thành') }),
  z.object({
    kind: z.literal('working_days'),
    workingDays: z.number().int().min(1).max(365).describe('Số ngày làm việc kể từ ngày bắt đầu (trừ ngày nghỉ, lễ, Tết)'),
  }),
]);
/**
 * Where a task comes from; each source other than ad hoc names its record (`{kind, id}`), checked
 * by the module that owns it: a document of the register, a plan target, a meeting conclusion not yet
 * assigned (linked to the new task, as from the meeting's page); a procedure step's task is opened by its run.
 */
export const taskSourceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ad_hoc') }),
  z.object({ kind: z.literal('plan_target'), id: z.uuid().describe('Chỉ tiêu của kế hoạch thực hiện') }),
  z.object({ kind: z.literal('meeting_conclusion'), id: z.uuid().describe('Kết luận hội nghị chưa được giao thành nhiệm vụ') }),
  z.object({ kind: z.literal('document'), id: z.uuid().describe('Văn bản trong sổ văn bản (chỉ thị, kết luận, …)') }),
  z.object({ kind: z.literal('procedure_step'), id: z.uuid().describe('Bước của một lượt thực hiện quy trình') }),
]);

export const createTaskBody = z
  .object({
    title: text(300).describe('Tên nhiệm vụ'),
    description: optionalText(5000).default('').describe('Nội dung, yêu cầu'),
    expectedOutput: text(1000).describe('Sản phẩm đầu ra (rõ sản phẩm)'),
    unitId: z.uuid().describe('Đơn vị chủ trì'),
    ownerId: z.uuid().describe('Người chịu trách nhiệm chính — luôn đúng một người'),
    collaboratorIds: z.array(z.uuid()).max(50).default([]).describe('Cá nhân phối hợp'),
    collaboratorUnitIds: z.array(z.uuid()).max(50).default([]).describe('Đơn vị phối hợp'),
    priority: z.enum(taskPriorities).default('normal').describe('Mức độ ưu tiên'),
    startDate: isoDate.describe('Ngày bắt đầu'),
    due: taskDueInput,
    confirmNonWorkingDay,
    source: taskSourceInput.default({ kind: 'ad_hoc' }),
  })
  .refine((body) => !body.collaboratorIds.includes(body.ownerId), {
    path: ['collaboratorIds'],
    message: 'Người chủ trì không đồng thời là người phối hợp / the owner cannot also be a collaborator',
  })
  // Dates that are already invalid have their own error; comparing them would only add noise.
  .refine((body) => body.due.kind !== 'date' || !isValidDate(body.due.dueDate) || !isValidDate(body.startDate) || body.due.dueDate >= body.startDate, {
    path: ['due', 'dueDate'],
    message: 'Hạn hoàn thành không được trước ngày bắt đầu / the due date cannot precede the start date',
  });
export type CreateTaskBody = z.infer<typeof createTaskBody>;

export const acceptTaskBody = z.object({ note: optionalText(1000).optional() });
export const raiseDifficultyBody = z.object({
  description: text(2000).describe('Khó khăn, vướng mắc'),
  proposal: text(2000).describe('Đề xuất giải pháp — bắt buộc, không trả lại việc'),
  proposedDueDate: isoDate.optional().describe('Hạn mới đề xuất, nếu cần'),
});
export const decideDifficultyBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve_proposal'), reason }),
  z.object({
    decision: z.literal('change_task'),
    reason,
    newDueDate: isoDate.optional(),
    confirmNonWorkingDay,
    title: text(300).optional(),
    description: optionalText(5000).optional(),
    expectedOutput: text(1000).optional(),
  }),
  z.object({ decision: z.literal('reassign'), reason, newOwnerId: z.uuid().describe('Người được đề nghị nhận việc') }),
]);
export const reportProgressBody = z.object({
  percent: z.number().int().min(0).max(100).describe('Tiến độ (%)'),
  note: note.describe('Nội dung đã thực hiện'),
});
export const submitTaskBody = z.object({ note: note.describe('Báo cáo kết quả, sản phẩm') });
export const acceptResultBody = z.object({ grade: gradeSchema, note: optionalText(2000).optional().describe('Nhận xét') });
export const returnForReworkBody = z.object({ reason });
export const cancelTaskBody = z.object({ reason });
export const reopenTaskBody = z.object({ reason, newDueDate: isoDate.optional().describe('Hạn mới'), confirmNonWorkingDay });
export const requestTransferBody = z.object({
  reasonCode: z.enum(requestableTransferReasonCodes).describe('Nhóm lý do chuyển'),
  reason,
  newOwnerId: z.uuid().optional().describe('Người nhận mới — bắt buộc khi người giao việc hoặc lãnh đạo đơn vị đề nghị'),
});
export const approveTransferBody = z.object({ newOwnerId: z.uuid().describe('Người nhận mới'), reason: optionalText(2000).optional() });
export const rejectTransferBody = z.object({ reason });
export const respondToTransferBody = z.discriminatedUnion('response', [
  z.object({ response: z.literal('accept') }),
  z.object({ response: z.literal('refuse'), reason }),
]);
export const requestExtensionBody = z.object({ newDueDate: isoDate.describe('Hạn mới đề nghị'), reason, confirmNonWorkingDay });
export const decideExtensionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason: optionalText(2000).default('') }),
  z.object({ decision: z.literal('refuse'), reason }),
]);
export const commentBody = z.object({ text: text(4000).describe('Ý kiến trao đổi') });

// ── Responses ──

export const taskSignalSchema = z.object({
  kind: z.enum(taskSignalKinds),
  since: isoDate.nullable().describe('Ngày tín hiệu bắt đầu; null với tín hiệu không tính theo thời gian'),
  level: z.number().int().min(0).describe('Cấp nhắc: 0 người chủ trì, 1 lãnh đạo đơn vị, 2 đơn vị cấp trên…'),
});
export const openRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('difficulty'),
    openedAt: isoDateTime,
    description: z.string(),
    proposal: z.string(),
    proposedDueDate: isoDate.nullable(),
  }),
  z.object({
    kind: z.literal('transfer'),
    stage: z.enum(transferStages),
    openedAt: isoDateTime,
    reasonCode: z.enum(transferReasonCodes),
    reason: z.string(),
    proposedOwner: personRef.nullable(),
  }),
  z.object({ kind: z.literal('extension'), openedAt: isoDateTime, newDueDate: isoDate, reason: z.string() }),
]);

export const taskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  expectedOutput: z.string(),
  priority: z.enum(taskPriorities),
  source: z.object({ kind: z.enum(taskSourceKinds), id: z.uuid().nullable() }),
  unit: unitRef,
  owner: personRef,
  assigner: personRef,
  collaborators: z.array(personRef),
  collaboratorUnits: z.array(unitRef),
  status: statusSchema,
  outcome: z.enum(taskOutcomes).nullable(),
  signals: z.array(taskSignalSchema),
  startDate: isoDate,
  dueDate: isoDate,
  assignedAt: isoDateTime,
  acceptedAt: isoDateTime.nullable(),
  submittedAt: isoDateTime.nullable(),
  completedAt: isoDateTime.nullable(),
  progressPercent: z.number().int().min(0).max(100),
  lastProgressAt: isoDateTime.nullable(),
  grade: gradeSchema.nullable(),
  counters: z.object({
    transfers: z.number().int().describe('Số lần chuyển đã được nhận (đùn đẩy)'),
    extensions: z.number().int().describe('Số lần gia hạn được duyệt'),
    returns: z.number().int().describe('Số lần trả lại để làm lại'),
  }),
  openRequest: openRequestSchema.nullable(),
  abilities: z.array(z.enum(workCommandNames)).describe('Các thao tác người xem được thực hiện lúc này'),
});
export type Task = z.infer<typeof taskSchema>;

export const taskListItemSchema = taskSchema.omit({ description: true, expectedOutput: true, collaborators: true, collaboratorUnits: true });
export const taskPage = pageOf(taskListItemSchema);

export const taskEventSchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actor: z.object({ id: z.uuid().nullable(), name: z.string() }),
  kind: z.enum(taskEventKinds),
  reason: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).describe('Giá trị trước thay đổi (chỉ các trường thay đổi)'),
  after: z.record(z.string(), z.unknown()),
});
export const taskEventList = z.object({
  items: z.array(taskEventSchema),
  people: z.record(z.uuid(), z.string()).describe('Họ tên của những người được nhắc trong lịch sử (ownerId, proposedOwnerId)'),
});

/** A single status or several; repeated query keys arrive as an array. */
const statusFilter = z.union([statusSchema.transform((status) => [status]), z.array(statusSchema).max(taskStatuses.length)]);

export const taskListQuery = pageQuery.extend({
  view: z.enum(['mine', 'unit', 'awaiting_my_decision']).default('mine').describe('Việc của tôi / của đơn vị / chờ tôi quyết định'),
  unitId: z.uuid().optional().describe('Đơn vị (gồm cả đơn vị cấp dưới)'),
  ownerId: z.uuid().optional(),
  status: statusFilter.optional(),
  signal: z.enum(taskSignalKinds).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  sourceKind: z.enum(taskSourceKinds).optional(),
  q: z.string().trim().max(200).optional().describe('Tên nhiệm vụ, không cần dấu'),
  ids: z
    .union([z.uuid().transform((id) => [id]), z.array(z.uuid()).max(100)])
    .optional()
    .describe('Chỉ các nhiệm vụ đã chọn (tối đa 100), vẫn trong phạm vi và bộ lọc của danh sách'),
});

/** A warning's list ("Quá hạn", "Sắp đến hạn", …) has no counter: its total is counted, up to a bound. */
export const taskCountQuery = taskListQuery.omit({ cursor: true, limit: true, ids: true }).extend({ signal: z.enum(taskSignalKinds) });
export const taskCount = z.object({ total: z.number().int().min(0).nullable().describe('Số nhiệm vụ; null khi quá 1000 (không đếm tiếp)') });

const count = z.number().int().min(0);
export const myWorkSummary = z.object({
  open: count.describe('Việc đang mở của tôi'),
  dueToday: count.describe('Đến hạn hôm nay'),
  overdue: count.describe('Quá hạn'),
  dueSoon: count.describe('Sắp đến hạn'),
  awaitingAcceptance: count.describe('Được giao nhưng tôi chưa tiếp nhận'),
  awaitingMyDecision: count.describe('Đề nghị, kết quả chờ tôi quyết định'),
});

export const dashboardQuery = z.object({
  unitId: z.uuid().optional().describe('Đơn vị gốc (mặc định: toàn cơ quan với lãnh đạo, đơn vị mình phụ trách với trưởng đơn vị)'),
  levels: z.coerce
    .number()
    .int()
    .min(1)
    .max(6)
    .default(2)
    .describe(
      'Số cấp đơn vị dưới gốc được trả về nhiều nhất (cấp đầu luôn có; cấp sâu hơn bị bỏ nếu câu trả lời vượt 100 đơn vị); cấp sâu hơn xem bằng cách chọn đơn vị làm gốc',
    ),
});
export const unitDashboardRow = z.object({
  unitId: z.uuid(),
  name: z.string(),
  depth: z.number().int(),
  hasChildren: z.boolean().describe('Có đơn vị cấp dưới (có thể chưa được trả về)'),
  open: count,
  overdue: count,
  completedOnTime: count,
  completedLate: count,
  onTimeRate: z.number().min(0).max(1).nullable().describe('Tỷ lệ hoàn thành đúng hạn; null khi chưa có việc hoàn thành'),
  transfers: count,
  extensions: count,
});
export const dashboardResponse = z.object({ units: z.array(unitDashboardRow).describe('Cộng dồn theo cây: mỗi đơn vị gồm cả đơn vị cấp dưới') });

export const trendQuery = z.object({
  unitId: z.uuid().optional().describe('Đơn vị gốc; mặc định như bảng theo dõi'),
  weeks: z.coerce.number().int().min(1).max(52).default(12).describe('Số tuần gần nhất'),
});
export const trendResponse = z.object({
  weeks: z.array(
    z.object({
      week: isoDate.describe('Thứ Hai đầu tuần'),
      completedOnTime: count,
      completedLate: count,
      transfers: count,
      extensions: count,
    }),
  ),
});

export const notificationKinds = [
  'task_assigned',
  // Public reports (feedback module).
  'public_report_received',
  'public_report_accept_overdue',
  'public_report_routed',
  'public_report_message',
  'public_report_answered',
  'public_report_rated',
  'transfer_requested',
  'transfer_proposed',
  'transfer_decided',
  'difficulty_raised',
  'difficulty_decided',
  'extension_requested',
  'extension_decided',
  'result_submitted',
  'result_accepted',
  'result_returned',
  'task_cancelled',
  'task_reopened',
  'task_commented',
  ...(['task_mentioned', 'task_followed_event', 'task_reminded'] as const), // Mentions, following, reminders (issue 28).
  'signal',
  'dissemination_assigned',
  'dissemination_reminder',
  'dissemination_asked_again',
  'meeting_invited',
  // Conduct cases (server/modules/conduct): the handler assigned, the subject asked or told, overdue steps.
  'conduct_assigned',
  'conduct_explanation_requested',
  'conduct_explanation_submitted',
  'conduct_notified',
  'conduct_signal',
  // Explanations on red items (server/modules/explanations): asked, answered, decided, overdue and escalated.
  'explanation_requested',
  'explanation_answered',
  'explanation_decided',
  'explanation_escalated',
  // Evaluation (server/modules/evaluation): stored by that module since issue 25, listed so the bell can present them.
  'evaluation_self_assessment',
  'evaluation_to_review',
  'evaluation_to_decide',
  'evaluation_appealed',
  'evaluation_appeal_answered',
  'evaluation_published',
  'evaluation_step_late',
] as const;
/** What a notification is about: opening it shows that page. */
export const notificationSubjectTypes = [
  'task',
  'campaign_assignment',
  'meeting',
  'conduct_case',
  'public_report',
  'evaluation_scorecard',
  'explanation',
] as const;
export const notificationSubject = z.object({ type: z.enum(notificationSubjectTypes), id: z.uuid() });
export type NotificationSubject = z.infer<typeof notificationSubject>;
export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  title: localizedText,
  subject: notificationSubject.nullable(),
  signal: taskSignalSchema.pick({ kind: true, level: true }).nullable(),
  createdAt: isoDateTime,
  readAt: isoDateTime.nullable(),
  /** Unread and asking something of the person (accept, decide, review, explain): listed first. */
  needsAction: z.boolean().optional(),
  /** The bell line: repeated warnings of one kind and day are one line with a count. */
  line: z
    .object({
      key: z.string(),
      count: count.describe('Số thông báo gộp trong dòng'),
      unread: count,
      boardSignal: z.enum(taskSignalKinds).nullable().describe('Dòng cảnh báo gộp: lọc bảng việc đơn vị theo cảnh báo này'),
    })
    .optional(),
});
export const notificationQuery = pageQuery.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});
export const notificationPage = pageOf(notificationSchema);
export const unreadCountResponse = z.object({ unread: count });
export const markNotificationsReadBody = z.object({
  ids: z.array(z.uuid()).min(1).max(100).optional().describe('Bỏ trống: đánh dấu tất cả'),
  lineKeys: z.array(z.string().min(1).max(120)).min(1).max(100).optional().describe('Các dòng gộp cần đánh dấu đã đọc'),
});

export const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().describe('Người tải lên'),
  uploadedAt: isoDateTime,
});
export const attachmentList = z.object({ items: z.array(attachmentSchema) });
export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
