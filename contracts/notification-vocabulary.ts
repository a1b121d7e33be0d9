import type { notificationKinds } from './work.js';

type Label = { vi: string; en: string };
export type NotificationKind = (typeof notificationKinds)[number];

/** Where a person wants a kind of notification: only the bell, the bell and a mail at once, the bell and the daily digest, or nowhere. */
export const notificationChannels = ['in_app', 'email_now', 'digest', 'off'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** Without a choice of their own everyone keeps what they had before preferences: the bell and the daily digest. */
export const DEFAULT_NOTIFICATION_CHANNEL: NotificationChannel = 'digest';

export const notificationChannelLabels = {
  in_app: { vi: 'Chỉ trong ứng dụng', en: 'In the app only' },
  email_now: { vi: 'Gửi e-mail ngay', en: 'E-mail at once' },
  digest: { vi: 'Trong thư tổng hợp hằng ngày', en: 'In the daily digest' },
  off: { vi: 'Tắt', en: 'Off' },
} as const satisfies Record<NotificationChannel, Label>;

interface KindRule {
  label: Label;
  /** The person has something to do (accept, decide, review, explain): listed first in the bell. */
  needsAction: boolean;
  /** Why the kind cannot be turned off; null when it can. */
  mandatoryBecause: Label | null;
  /** Repeated warnings: one bell line per kind (and signal) and day, with a count. */
  grouped?: true;
}

const info = (vi: string, en: string): KindRule => ({ label: { vi, en }, needsAction: false, mandatoryBecause: null });
const warning = (vi: string, en: string): KindRule => ({ ...info(vi, en), grouped: true });
const action = (vi: string, en: string, because: Label): KindRule => ({ label: { vi, en }, needsAction: true, mandatoryBecause: because });

const ACCEPT = { vi: 'Phải tiếp nhận trong thời hạn; chậm tiếp nhận bị cảnh báo', en: 'Must be accepted within the time limit; late acceptance is flagged' };
const DECIDE = { vi: 'Người có thẩm quyền phải quyết định; việc chờ bạn', en: 'You decide it; the work waits for you' };
const REVIEW = { vi: 'Kết quả chờ bạn nghiệm thu; chậm nghiệm thu bị cảnh báo', en: 'The result waits for your review; a late review is flagged' };
const EXPLAIN = { vi: 'Bạn có quyền và nghĩa vụ giải trình trong thời hạn', en: 'You have the right and the duty to explain within the time limit' };
const HANDLE = { vi: 'Được giao xử lý, có thời hạn theo quy định', en: 'Assigned to you to handle within a set time' };
const INFORMED = { vi: 'Văn bản phải được thông báo đến người có liên quan', en: 'The decision must be made known to the person concerned' };

/** Every kind the system stores, what it means for the person, and whether they may turn it off. */
export const notificationKindRules = {
  task_assigned: action('Được giao nhiệm vụ', 'Task assigned to me', ACCEPT),
  public_report_received: action('Phản ánh mới cần tiếp nhận', 'New public report to accept', ACCEPT),
  public_report_accept_overdue: warning('Phản ánh quá hạn tiếp nhận', 'Public report not accepted in time'),
  public_report_routed: action('Phản ánh chuyển đến đơn vị', 'Public report routed to my unit', HANDLE),
  public_report_message: info('Tin nhắn mới của người phản ánh', 'New message from the reporter'),
  public_report_answered: info('Phản ánh đã được trả lời', 'Public report answered'),
  public_report_rated: info('Người phản ánh đánh giá', 'Reporter rated the answer'),
  transfer_requested: action('Đề nghị chuyển nhiệm vụ', 'Request to transfer a task', DECIDE),
  transfer_proposed: action('Đề nghị tôi nhận chủ trì', 'Proposed as the new owner', ACCEPT),
  transfer_decided: info('Kết quả đề nghị chuyển', 'Transfer decided'),
  difficulty_raised: action('Báo khó khăn, vướng mắc', 'Difficulty raised', DECIDE),
  difficulty_decided: info('Vướng mắc đã được xử lý', 'Difficulty decided'),
  extension_requested: action('Đề nghị gia hạn', 'Extension requested', DECIDE),
  extension_decided: info('Kết quả đề nghị gia hạn', 'Extension decided'),
  result_submitted: action('Kết quả chờ nghiệm thu', 'Result awaiting review', REVIEW),
  result_accepted: info('Kết quả đã được nghiệm thu', 'Result accepted'),
  result_returned: action('Kết quả bị trả lại để làm lại', 'Result returned for rework', {
    vi: 'Nhiệm vụ quay lại bạn và tiếp tục tính hạn',
    en: 'The task is back with you and its deadline still runs',
  }),
  task_cancelled: info('Nhiệm vụ bị hủy', 'Task cancelled'),
  task_reopened: info('Nhiệm vụ được mở lại', 'Task reopened'),
  task_commented: info('Trao đổi, cập nhật tiến độ', 'Comments and progress'),
  task_mentioned: info('Được nhắc tên trong trao đổi', 'Mentioned in a comment'),
  task_followed_event: info('Nhiệm vụ tôi theo dõi', 'Tasks I follow'),
  task_reminded: info('Nhắc việc', 'Task reminders'),
  signal: warning('Cảnh báo nhiệm vụ (quá hạn, không cập nhật…)', 'Task warnings (overdue, no progress…)'),
  dissemination_assigned: action('Văn bản cần quán triệt', 'Documents to study and acknowledge', {
    vi: 'Cán bộ phải đọc và xác nhận đã quán triệt',
    en: 'Staff must read and acknowledge them',
  }),
  dissemination_reminder: info('Nhắc quán triệt', 'Dissemination reminders'),
  dissemination_asked_again: action('Yêu cầu xác nhận lại quán triệt', 'Asked to acknowledge again', {
    vi: 'Xác nhận trước đó không còn giá trị, phải xác nhận lại',
    en: 'The earlier acknowledgement no longer counts',
  }),
  meeting_invited: info('Mời họp, hội nghị', 'Meeting invitations'),
  conduct_assigned: action('Được giao xử lý vụ việc', 'Conduct case assigned to me', HANDLE),
  conduct_explanation_requested: action('Yêu cầu tường trình (vụ việc)', 'Asked for a statement (conduct case)', EXPLAIN),
  conduct_explanation_submitted: action('Bản tường trình đã nộp', 'Statement submitted', HANDLE),
  conduct_notified: {
    label: { vi: 'Thông báo quyết định xử lý', en: 'Decision on a conduct case' },
    needsAction: false,
    mandatoryBecause: INFORMED,
  },
  conduct_signal: warning('Cảnh báo vụ việc quá hạn', 'Overdue conduct case steps'),
  explanation_requested: action('Yêu cầu giải trình', 'Explanation requested', EXPLAIN),
  explanation_answered: action('Giải trình chờ xem xét', 'Explanation awaiting my decision', DECIDE),
  explanation_decided: info('Kết quả xem xét giải trình', 'Explanation decided'),
  explanation_escalated: warning('Báo cáo quá hạn giải trình', 'Overdue explanations escalated'),
  evaluation_self_assessment: action('Tự đánh giá, xếp loại', 'Self-assessment to fill in', {
    vi: 'Cán bộ phải tự đánh giá trong thời hạn của kỳ',
    en: 'Staff must assess themselves within the period',
  }),
  // A period brings a head or a leader one of these per scorecard: one bell line per day says how many.
  evaluation_to_review: { ...action('Phiếu đánh giá chờ nhận xét', 'Scorecard awaiting my review', REVIEW), grouped: true },
  evaluation_to_decide: { ...action('Phiếu đánh giá chờ quyết định', 'Scorecard awaiting my decision', DECIDE), grouped: true },
  evaluation_appealed: action('Kiến nghị về kết quả xếp loại', 'Appeal against a rating', DECIDE),
  evaluation_appeal_answered: { label: { vi: 'Trả lời kiến nghị xếp loại', en: 'Answer to my appeal' }, needsAction: false, mandatoryBecause: INFORMED },
  evaluation_published: { label: { vi: 'Công bố kết quả xếp loại', en: 'Ratings published' }, needsAction: false, mandatoryBecause: INFORMED },
  evaluation_step_late: warning('Cảnh báo chậm đánh giá', 'Late evaluation steps'),
} as const satisfies Record<NotificationKind, KindRule>;

export const notificationKindList = Object.keys(notificationKindRules) as NotificationKind[];

export const isNotificationKind = (kind: string): kind is NotificationKind => Object.hasOwn(notificationKindRules, kind);

/** A line of grouped warnings about task signals opens the unit board with this signal filter. */
export const GROUPED_TASK_SIGNAL_KIND = 'signal';
