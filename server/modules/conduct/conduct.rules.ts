import type {
  CaseCommandName,
  CaseStatus,
  Confidentiality,
  DeferralReason,
  MeasureKind,
  Severity,
  SubjectCategory,
} from '../../../contracts/conduct-vocabulary.js';
import type { LocalizedText } from '../../platform/errors.js';
import { type CaseRelation, mayRun } from './conduct.access.js';
import { checkDisciplineForm, type MeasureRefusal } from './conduct.measures.js';

/** What the due-process rules work on: the case row without presentation fields. */
export interface CaseState {
  status: CaseStatus;
  subjectKind: 'person' | 'unit';
  subjectCategory: SubjectCategory;
  confidentiality: Confidentiality;
  detectedOn: string;
  violationOn: string | null;
  isHandlingExtended: boolean;
  explanationDueOn: string | null;
  isViolationConfirmed: boolean | null;
  severity: Severity | null;
  measureKind: MeasureKind | null;
  disciplineFormCode: string | null;
  decisionOn: string | null;
  decisionNumber: string | null;
  notifiedOn: string | null;
  appealDueOn: string | null;
  deferredFrom: CaseStatus | null;
  deferralReason: DeferralReason | null;
  handlingInspectorId: string | null;
}

/** Dates the service computes on the agency calendar before asking the rules. */
export interface CaseContext {
  today: string;
  explanationDueOn?: string;
  appealDueOn?: string;
}

export type CaseCommand =
  | { name: 'verify'; note: string }
  | { name: 'requestExplanation'; workingDays: number; questions: string }
  | { name: 'submitExplanation'; explanation: string }
  | { name: 'conclude'; isViolationConfirmed: true; severity: Severity; conclusion: string }
  | { name: 'conclude'; isViolationConfirmed: false; conclusion: string }
  | { name: 'decideMeasure'; kind: 'reminder' | 'criticism'; decisionOn: string; note: string }
  | { name: 'decideMeasure'; kind: 'discipline'; formCode: string; decisionOn: string; decisionNumber: string; note: string }
  | { name: 'notify'; notifiedOn: string; note: string }
  | { name: 'close'; note: string }
  | { name: 'defer'; legalReason: DeferralReason; reason: string }
  | { name: 'resume'; reason: string }
  | { name: 'dismiss'; reason: string }
  | { name: 'extendHandling'; reason: string }
  | { name: 'assignInspector'; inspectorId: string; reason: string };

export interface CaseEvent {
  kind: `case.${string}`;
  reason: string | null;
  after: Record<string, unknown>;
}

export type Refusal = { ok: false; reason: 'not_allowed' | 'wrong_state' | 'invalid_command' | 'too_early' | MeasureRefusal; message: LocalizedText };
export type Decision = { ok: true; next: CaseState; event: CaseEvent } | Refusal;

const OPEN_FOR_DEFERRAL: CaseStatus[] = ['recorded', 'verifying', 'awaiting_explanation', 'explained', 'concluded'];
const STILL_HANDLED: CaseStatus[] = ['recorded', 'verifying', 'awaiting_explanation', 'explained', 'concluded', 'measure_decided'];

/** The statuses from which each command may run (the state machine, as data). */
export const COMMAND_STATES: Record<Exclude<CaseCommandName, 'addEvidence'>, CaseStatus[]> = {
  verify: ['recorded'],
  requestExplanation: ['verifying', 'explained'],
  submitExplanation: ['awaiting_explanation'],
  conclude: ['verifying', 'awaiting_explanation', 'explained'],
  decideMeasure: ['concluded'],
  notify: ['concluded', 'measure_decided'],
  close: ['notified'],
  defer: OPEN_FOR_DEFERRAL,
  resume: ['deferred'],
  dismiss: ['recorded', 'verifying'],
  extendHandling: STILL_HANDLED,
  assignInspector: [...STILL_HANDLED, 'notified', 'deferred'],
};
export const EVIDENCE_STATES: CaseStatus[] = [...STILL_HANDLED, 'notified', 'deferred'];

/** Handlers add evidence while the case is open; the subject only while their explanation is due. */
export function mayAddEvidence(relations: CaseRelation[], status: CaseStatus): boolean {
  const isHandler = relations.includes('handling_inspector') || relations.includes('leader');
  if (isHandler) return EVIDENCE_STATES.includes(status);
  return relations.includes('subject') && status === 'awaiting_explanation';
}

const refuse = (reason: Refusal['reason'], vi: string, en: string): Refusal => ({ ok: false, reason, message: { vi, en } });
const wrongState = () => refuse('wrong_state', 'Vụ việc không ở bước cho phép thao tác này', 'The case is not at a step that allows this');

const MEASURE_MESSAGES: Record<MeasureRefusal, LocalizedText> = {
  form_unknown: { vi: 'Hình thức kỷ luật không áp dụng cho diện đối tượng này', en: 'This disciplinary form does not apply to the subject category' },
  form_not_in_force: {
    vi: 'Hình thức kỷ luật không còn (hoặc chưa) có hiệu lực vào ngày quyết định',
    en: 'The disciplinary form is not in force on the decision date',
  },
  statute_expired: { vi: 'Đã hết thời hiệu xử lý kỷ luật (10 năm)', en: 'The statute of limitations (10 years) has expired' },
  reprimand_statute_expired: { vi: 'Đã hết thời hiệu 5 năm với hành vi ở mức khiển trách', en: 'The 5-year statute for reprimand-level acts has expired' },
};

/** Decides one command: who may run it (access table), from which step, and what it changes. */
export function decide(state: CaseState, relations: CaseRelation[], command: CaseCommand, context: CaseContext): Decision {
  if (!mayRun(relations, command.name, state.confidentiality))
    return refuse('not_allowed', 'Bạn không có quyền thực hiện thao tác này với vụ việc', 'You may not do this on this case');
  if (!COMMAND_STATES[command.name].includes(state.status)) return wrongState();
  const ok = (next: Partial<CaseState>, event: CaseEvent): Decision => ({ ok: true, next: { ...state, ...next }, event });
  switch (command.name) {
    case 'verify':
      return ok({ status: 'verifying' }, { kind: 'case.verification_started', reason: command.note, after: { status: 'verifying' } });
    case 'requestExplanation': {
      const due = context.explanationDueOn;
      if (!due) return refuse('invalid_command', 'Thiếu thời hạn giải trình', 'The explanation deadline is missing');
      return ok(
        { status: 'awaiting_explanation', explanationDueOn: due },
        { kind: 'case.explanation_requested', reason: command.questions, after: { status: 'awaiting_explanation', explanationDueOn: due } },
      );
    }
    case 'submitExplanation': {
      const isLate = state.explanationDueOn !== null && context.today > state.explanationDueOn;
      return ok({ status: 'explained' }, { kind: 'case.explanation_submitted', reason: null, after: { status: 'explained', isLate } });
    }
    case 'conclude':
      return conclude(state, command, context, ok);
    case 'decideMeasure':
      return decideMeasure(state, command, context, ok);
    case 'notify': {
      if (state.status === 'concluded' && state.isViolationConfirmed)
        return refuse('wrong_state', 'Cần quyết định biện pháp xử lý trước khi thông báo', 'Decide a measure before notifying');
      if (command.notifiedOn > context.today)
        return refuse('invalid_command', 'Ngày thông báo không được ở tương lai', 'The notification date cannot be in the future');
      if (state.decisionOn && command.notifiedOn < state.decisionOn)
        return refuse('invalid_command', 'Ngày thông báo không được trước ngày quyết định', 'The notification cannot precede the decision');
      const appeal = context.appealDueOn;
      if (!appeal) return refuse('invalid_command', 'Thiếu thời hạn khiếu nại', 'The appeal deadline is missing');
      return ok(
        { status: 'notified', notifiedOn: command.notifiedOn, appealDueOn: appeal },
        { kind: 'case.notified', reason: command.note || null, after: { status: 'notified', notifiedOn: command.notifiedOn, appealDueOn: appeal } },
      );
    }
    case 'close':
      if (state.appealDueOn && context.today <= state.appealDueOn)
        return refuse('too_early', 'Chưa hết thời hạn khiếu nại', 'The appeal window has not ended yet');
      return ok({ status: 'closed' }, { kind: 'case.closed', reason: command.note || null, after: { status: 'closed' } });
    case 'defer':
      if (state.subjectKind !== 'person') return refuse('invalid_command', 'Chỉ tạm chưa xem xét với cá nhân', 'Only a person’s case can be deferred');
      return ok(
        { status: 'deferred', deferredFrom: state.status, deferralReason: command.legalReason },
        { kind: 'case.deferred', reason: command.reason, after: { status: 'deferred', legalReason: command.legalReason, from: state.status } },
      );
    case 'resume': {
      const back = state.deferredFrom ?? 'recorded';
      return ok({ status: back, deferredFrom: null, deferralReason: null }, { kind: 'case.resumed', reason: command.reason, after: { status: back } });
    }
    case 'dismiss':
      return ok({ status: 'dismissed' }, { kind: 'case.dismissed', reason: command.reason, after: { status: 'dismissed' } });
    case 'extendHandling':
      if (state.isHandlingExtended)
        return refuse('wrong_state', 'Thời hạn xử lý đã được gia hạn một lần (tối đa 150 ngày)', 'Handling was already extended (150 days at most)');
      return ok({ isHandlingExtended: true }, { kind: 'case.handling_extended', reason: command.reason, after: { isHandlingExtended: true } });
    case 'assignInspector':
      if (command.inspectorId === state.handlingInspectorId)
        return refuse('invalid_command', 'Người này đang thụ lý vụ việc', 'This person already handles the case');
      return ok(
        { handlingInspectorId: command.inspectorId },
        { kind: 'case.inspector_assigned', reason: command.reason, after: { handlingInspectorId: command.inspectorId } },
      );
  }
}

type Apply = (next: Partial<CaseState>, event: CaseEvent) => Decision;

/** A confirmed violation needs the subject's chance to explain: an explanation, or its deadline passed. */
function conclude(state: CaseState, command: Extract<CaseCommand, { name: 'conclude' }>, context: CaseContext, ok: Apply): Decision {
  if (command.isViolationConfirmed) {
    const explanationLapsed = state.status === 'awaiting_explanation' && state.explanationDueOn !== null && context.today > state.explanationDueOn;
    if (state.status === 'verifying' || (state.status === 'awaiting_explanation' && !explanationLapsed)) {
      return refuse(
        'wrong_state',
        'Phải cho đương sự giải trình (hoặc chờ hết hạn giải trình) trước khi kết luận có vi phạm',
        'The subject must be heard (or the explanation deadline pass) before a violation is confirmed',
      );
    }
    return ok(
      { status: 'concluded', isViolationConfirmed: true, severity: command.severity },
      { kind: 'case.concluded', reason: command.conclusion, after: { status: 'concluded', isViolationConfirmed: true, severity: command.severity } },
    );
  }
  return ok(
    { status: 'concluded', isViolationConfirmed: false, severity: null },
    { kind: 'case.concluded', reason: command.conclusion, after: { status: 'concluded', isViolationConfirmed: false } },
  );
}

function decideMeasure(state: CaseState, command: Extract<CaseCommand, { name: 'decideMeasure' }>, context: CaseContext, ok: Apply): Decision {
  if (!state.isViolationConfirmed)
    return refuse('wrong_state', 'Không có vi phạm được kết luận nên không áp dụng biện pháp', 'No confirmed violation: no measure applies');
  if (command.decisionOn > context.today)
    return refuse('invalid_command', 'Ngày quyết định không được ở tương lai', 'The decision date cannot be in the future');
  if (command.decisionOn < state.detectedOn)
    return refuse('invalid_command', 'Ngày quyết định không được trước ngày phát hiện', 'The decision cannot precede the detection');
  if (command.kind === 'discipline') {
    const refusal = checkDisciplineForm({
      category: state.subjectCategory,
      formCode: command.formCode,
      decisionOn: command.decisionOn,
      violationOn: state.violationOn,
    });
    if (refusal) return { ok: false, reason: refusal, message: MEASURE_MESSAGES[refusal] };
    return ok(
      {
        status: 'measure_decided',
        measureKind: 'discipline',
        disciplineFormCode: command.formCode,
        decisionOn: command.decisionOn,
        decisionNumber: command.decisionNumber,
      },
      {
        kind: 'case.measure_decided',
        reason: command.note || null,
        after: {
          status: 'measure_decided',
          measureKind: 'discipline',
          formCode: command.formCode,
          decisionOn: command.decisionOn,
          decisionNumber: command.decisionNumber,
        },
      },
    );
  }
  return ok(
    { status: 'measure_decided', measureKind: command.kind, disciplineFormCode: null, decisionOn: command.decisionOn, decisionNumber: null },
    {
      kind: 'case.measure_decided',
      reason: command.note || null,
      after: { status: 'measure_decided', measureKind: command.kind, decisionOn: command.decisionOn },
    },
  );
}
