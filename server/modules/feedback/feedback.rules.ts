import {
  ACCEPT_WORKING_HOURS,
  type FeedbackCategory,
  feedbackCategoryInfo,
  type FeedbackCommandName,
  type FeedbackEventKind,
  type FeedbackLevel,
  type FeedbackStatus,
  URGENT_RESOLVE_WORKING_HOURS,
} from '../../../contracts/feedback.js';
import { addWorkingHours, type WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { LocalizedText } from '../../platform/errors.js';

/** The part of a report the rules decide on. */
export interface ReportState {
  status: FeedbackStatus;
  category: FeedbackCategory;
  level: FeedbackLevel;
  isAnonymous: boolean;
  caseId: string | null;
  ratingScore: number | null;
}

/**
 * How a staff member stands to one report.
 * - triage: inspector, leader or agency administrator (accept, classify, route, answer, open a case);
 * - handler: the person the report was routed to, or a head/deputy of the handling unit;
 * - identity_reader: an inspector outside the reported official's line of management;
 * - case_opener: an inspector or leader (the conduct module opens cases for them alone).
 */
export type StaffRelation = 'triage' | 'handler' | 'identity_reader' | 'case_opener';

export type FeedbackCommand =
  | { name: 'accept' }
  | { name: 'reject'; reason: string }
  | { name: 'classify'; category: FeedbackCategory; level: FeedbackLevel }
  | { name: 'route' }
  | { name: 'answer'; hasStaffEvidence: boolean }
  | { name: 'openCase' }
  | { name: 'message' }
  | { name: 'attach' }
  | { name: 'readIdentity' };

export type Refusal = { ok: false; reason: 'not_allowed' | 'invalid_state' | 'evidence_required' | 'anonymous'; message: LocalizedText };
export type Decision = { ok: true; status: FeedbackStatus; event: FeedbackEventKind | null } | Refusal;

const OPEN: readonly FeedbackStatus[] = ['received', 'accepted', 'case_opened'];
const THREAD: readonly FeedbackStatus[] = ['received', 'accepted', 'case_opened', 'answered'];

/** Who may send each command, and in which states. */
const table: Record<
  FeedbackCommandName,
  { relations: StaffRelation[]; states: readonly FeedbackStatus[]; next?: FeedbackStatus; event: FeedbackEventKind | null }
> = {
  accept: { relations: ['triage'], states: ['received'], next: 'accepted', event: 'accepted' },
  reject: { relations: ['triage'], states: ['received', 'accepted'], next: 'rejected', event: 'rejected' },
  classify: { relations: ['triage'], states: ['received', 'accepted', 'case_opened'], event: 'classified' },
  route: { relations: ['triage'], states: ['accepted'], event: 'routed' },
  answer: { relations: ['triage', 'handler'], states: ['accepted', 'case_opened'], next: 'answered', event: 'answered' },
  openCase: { relations: ['case_opener'], states: ['accepted'], next: 'case_opened', event: 'case_opened' },
  message: { relations: ['triage', 'handler'], states: THREAD, event: 'staff_message' },
  attach: { relations: ['triage', 'handler'], states: OPEN, event: 'staff_attachment' },
  readIdentity: { relations: ['identity_reader'], states: ['received', 'accepted', 'case_opened', 'answered', 'rejected'], event: null },
};

const refuse = (reason: Refusal['reason'], message: LocalizedText): Refusal => ({ ok: false, reason, message });

/** The next status and the event of a staff command, or why it is refused. */
export function decide(state: ReportState, relations: readonly StaffRelation[], command: FeedbackCommand): Decision {
  const rule = table[command.name];
  if (!rule.relations.some((relation) => relations.includes(relation))) {
    return refuse('not_allowed', { vi: 'Bạn không có quyền thực hiện thao tác này với phản ánh', en: 'You may not do this to the report' });
  }
  if (!rule.states.includes(state.status)) {
    return refuse('invalid_state', { vi: 'Phản ánh đang ở trạng thái không cho phép thao tác này', en: 'The report is not in a state that allows this' });
  }
  if (command.name === 'readIdentity' && state.isAnonymous) {
    return refuse('anonymous', { vi: 'Phản ánh ẩn danh, không có thông tin người phản ánh', en: 'The report is anonymous' });
  }
  if (command.name === 'openCase' && state.caseId) {
    return refuse('invalid_state', { vi: 'Đã mở vụ việc cho phản ánh này', en: 'A case is already open for this report' });
  }
  if (command.name === 'answer' && feedbackCategoryInfo[state.category].answerNeedsEvidence && !command.hasStaffEvidence) {
    return refuse('evidence_required', {
      vi: 'Loại phản ánh này cần kèm văn bản hoặc ảnh minh chứng kết quả xác minh trước khi trả lời',
      en: 'This kind of report needs a document or photo of the verified facts before it is answered',
    });
  }
  return { ok: true, status: rule.next ?? state.status, event: rule.event };
}

/** What the actor may do next, shown as buttons; the same table the commands are checked against. */
export function abilitiesOf(state: ReportState, relations: readonly StaffRelation[]): FeedbackCommandName[] {
  return (Object.keys(table) as FeedbackCommandName[]).filter((name) => {
    const rule = table[name];
    if (!rule.relations.some((relation) => relations.includes(relation)) || !rule.states.includes(state.status)) return false;
    if (name === 'readIdentity') return !state.isAnonymous;
    if (name === 'openCase') return !state.caseId;
    return true;
  });
}

/** The reporter may add to the thread until the report is closed by rejection, and rate once, after the answer. */
export const reporterMayWrite = (status: FeedbackStatus) => THREAD.includes(status);
export const reporterMayAttach = (status: FeedbackStatus) => OPEN.includes(status);
export const reporterMayRate = (state: Pick<ReportState, 'status' | 'ratingScore'>) => state.status === 'answered' && state.ratingScore === null;

// ── Routing: never to the reported official or their line of management ──

/** The reported official (when identified) and where they sit; otherwise the reported unit. */
export interface RoutingSubject {
  personId: string | null;
  unitPath: string;
  /** Units the official heads or deputises: routing under them would hand the report to them. */
  managedUnitPaths: string[];
}

export interface RoutingCandidate {
  personId: string;
  managedUnitPaths: string[];
}

/**
 * Why a routing target is refused, or null. The target unit must not be the subject's unit or an
 * ancestor of it (their heads are the subject's line of management), nor a unit the subject manages;
 * no handler (the named person, the unit's heads and deputies) may be the subject or manage a unit
 * on the subject's path.
 */
export function routingRefusal(targetUnitPath: string, handlers: readonly RoutingCandidate[], subject: RoutingSubject): LocalizedText | null {
  if (subject.unitPath.startsWith(targetUnitPath)) {
    return {
      vi: 'Không chuyển phản ánh cho đơn vị của người bị phản ánh hoặc đơn vị cấp trên trực tiếp quản lý họ',
      en: "Not to the reported official's own unit or a unit above it",
    };
  }
  if (subject.managedUnitPaths.some((path) => targetUnitPath.startsWith(path))) {
    return { vi: 'Không chuyển phản ánh cho đơn vị do người bị phản ánh phụ trách', en: 'Not to a unit the reported official manages' };
  }
  for (const handler of handlers) {
    if (subject.personId && handler.personId === subject.personId) {
      return { vi: 'Không giao phản ánh cho chính người bị phản ánh', en: 'Not to the reported official' };
    }
    if (handler.managedUnitPaths.some((path) => subject.unitPath.startsWith(path))) {
      return {
        vi: 'Không giao phản ánh cho người trong tuyến quản lý của người bị phản ánh',
        en: "Not to anyone in the reported official's line of management",
      };
    }
  }
  return null;
}

/** Whether a staff member is the subject or manages them (then they neither read the identity nor handle it). */
export function isInLineOfManagement(person: RoutingCandidate, subject: RoutingSubject): boolean {
  return (subject.personId !== null && person.personId === subject.personId) || person.managedUnitPaths.some((path) => subject.unitPath.startsWith(path));
}

// ── Clocks ──

export function acceptDueAt(calendar: WorkingCalendar, receivedAt: Date): Date {
  return addWorkingHours(calendar, receivedAt, ACCEPT_WORKING_HOURS);
}

/** An urgent report is settled within 4 working hours of acceptance; other levels have no published limit. */
export function resolveDueAt(calendar: WorkingCalendar, level: FeedbackLevel, acceptedAt: Date | null): Date | null {
  return level === 'urgent' && acceptedAt ? addWorkingHours(calendar, acceptedAt, URGENT_RESOLVE_WORKING_HOURS) : null;
}

export interface ClockInput {
  status: FeedbackStatus;
  acceptDueAt: Date;
  acceptedAt: Date | null;
  resolveDueAt: Date | null;
  answeredAt: Date | null;
}

/** Overdue acceptance is a signal: still waiting after the deadline, or accepted after it. */
export function clockOf(input: ClockInput, now: Date) {
  const isAcceptOverdue = input.acceptedAt ? input.acceptedAt > input.acceptDueAt : input.status === 'received' && now > input.acceptDueAt;
  const settledAt = input.answeredAt ?? (input.status === 'rejected' ? input.acceptedAt : null);
  const isResolveOverdue =
    input.resolveDueAt !== null && (settledAt ? settledAt > input.resolveDueAt : input.status !== 'rejected' && now > input.resolveDueAt);
  return { acceptDueAt: input.acceptDueAt, isAcceptOverdue, resolveDueAt: input.resolveDueAt, isResolveOverdue };
}
