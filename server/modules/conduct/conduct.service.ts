import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { formatVietnameseDate, localDateOf } from '../../platform/calendar/dates.js';
import { DomainError, forbidden, invalidState, notFound, validationError } from '../../platform/errors.js';
import type { FileStore } from '../../platform/files.js';
import { notifyPeople } from '../notifications/index.js';
import { findPeople } from '../org/index.js';
import { mayRun, viewOf } from './conduct.access.js';
import { appealDueOn, explanationDueOn, handlingDueOn } from './conduct.deadlines.js';
import { auditContext, calendarOf, type ConductDeps } from './conduct.deps.js';
import { relationsTo } from './conduct.policy.js';
import { caseNotFound, visibleCase } from './conduct.queries.js';
import * as repository from './conduct.repository.js';
import { type CaseCommand, type CaseContext, type CaseState, decide, mayAddEvidence, type Refusal } from './conduct.rules.js';
import { computeCaseSignals, signalColumns } from './conduct.signals.js';

function refusalError(refusal: Refusal): DomainError {
  if (refusal.reason === 'not_allowed') return forbidden(refusal.message);
  if (refusal.reason === 'invalid_command') return validationError([{ field: 'body', message: refusal.message }], refusal.message);
  if (['form_unknown', 'form_not_in_force', 'statute_expired', 'reprimand_statute_expired'].includes(refusal.reason)) {
    return validationError([{ field: 'body.formCode', message: refusal.message }], refusal.message);
  }
  return invalidState(refusal.reason, refusal.message);
}

export function toCaseState(row: repository.CaseRow): CaseState {
  return {
    status: row.status,
    subjectKind: row.subjectKind,
    subjectCategory: row.subjectCategory,
    confidentiality: row.confidentiality,
    detectedOn: row.detectedOn,
    violationOn: row.violationOn,
    isHandlingExtended: row.isHandlingExtended,
    explanationDueOn: row.explanationDueOn,
    isViolationConfirmed: row.isViolationConfirmed,
    severity: row.severity,
    measureKind: row.measureKind,
    disciplineFormCode: row.disciplineFormCode,
    decisionOn: row.decisionOn,
    decisionNumber: row.decisionNumber,
    notifiedOn: row.notifiedOn,
    appealDueOn: row.appealDueOn,
    deferredFrom: row.deferredFrom,
    deferralReason: row.deferralReason as CaseState['deferralReason'],
    handlingInspectorId: row.handlingInspectorId,
  };
}

/** Text fields a command writes beside the state: the explanation, the conclusion, reasons. */
function contentOf(command: CaseCommand, now: Date) {
  switch (command.name) {
    case 'submitExplanation':
      return { explanation: command.explanation, explainedAt: now };
    case 'conclude':
      return { conclusion: command.conclusion };
    case 'close':
      return { closedReason: command.note || null };
    case 'dismiss':
      return { closedReason: command.reason };
    default:
      return {};
  }
}

/** Notices for the people the step concerns: the subject when asked or told, the handler when answered. */
function noticeOf(command: CaseCommand, row: repository.CaseRow, next: CaseState) {
  const subjectId = row.subjectPersonId;
  if (command.name === 'requestExplanation' && subjectId) {
    const dueOn = next.explanationDueOn ? formatVietnameseDate(next.explanationDueOn) : '';
    return {
      personIds: [subjectId],
      kind: 'conduct_explanation_requested',
      title: {
        vi: `Yêu cầu giải trình trước ngày ${dueOn}: ${row.title}`,
        en: `Explanation requested by ${dueOn}: ${row.title}`,
      },
    };
  }
  if (command.name === 'notify' && subjectId)
    return {
      personIds: [subjectId],
      kind: 'conduct_notified',
      title: { vi: `Thông báo kết quả xử lý vụ việc: ${row.title}`, en: `Outcome of the case: ${row.title}` },
    };
  if (command.name === 'submitExplanation' && row.handlingInspectorId) {
    return {
      personIds: [row.handlingInspectorId],
      kind: 'conduct_explanation_submitted',
      title: { vi: `Đương sự đã giải trình: ${row.title}`, en: `The subject explained: ${row.title}` },
    };
  }
  if (command.name === 'assignInspector')
    return {
      personIds: [command.inspectorId],
      kind: 'conduct_assigned',
      title: { vi: `Bạn được giao thụ lý vụ việc: ${row.title}`, en: `You handle the case: ${row.title}` },
    };
  return null;
}

/** Runs one due-process command in one transaction: rules, case row, event, audit, notices. */
export async function runCaseCommand(deps: ConductDeps, actor: Actor, caseId: string, command: CaseCommand): Promise<void> {
  const now = deps.clock.now();
  const today = localDateOf(now);
  const calendar = await calendarOf(deps, actor.agencyId);
  if (command.name === 'assignInspector') {
    const [person] = await findPeople(deps.db, actor.agencyId, [command.inspectorId]);
    if (!person || person.status !== 'active' || !(await repository.isInspector(deps.db, actor.agencyId, person.id))) {
      throw validationError([
        { field: 'body.inspectorId', message: { vi: 'Người thụ lý phải là kiểm tra viên đang hoạt động', en: 'The handler must be an active inspector' } },
      ]);
    }
  }
  await deps.db.transaction(async (tx) => {
    const row = await repository.lockCase(tx, actor.agencyId, caseId);
    if (!row) throw caseNotFound();
    const relations = relationsTo(actor, row);
    if (!viewOf(relations, row.confidentiality, row.status)) throw caseNotFound();
    if (command.name === 'assignInspector' && command.inspectorId === row.subjectPersonId) {
      throw validationError([
        { field: 'body.inspectorId', message: { vi: 'Người bị xem xét không thể tự thụ lý', en: 'The subject cannot handle their own case' } },
      ]);
    }
    const context: CaseContext = {
      today,
      explanationDueOn: command.name === 'requestExplanation' ? explanationDueOn(calendar, today, command.workingDays) : undefined,
      appealDueOn: command.name === 'notify' ? appealDueOn(calendar, command.notifiedOn) : undefined,
    };
    const before = toCaseState(row);
    const decision = decide(before, relations, command, context);
    if (!decision.ok) throw refusalError(decision);
    const next = decision.next;
    const dueOn = handlingDueOn(calendar, row.detectedOn, next.isHandlingExtended);
    const signals = computeCaseSignals(
      { status: next.status, handlingDueOn: dueOn, explanationDueOn: next.explanationDueOn, appealDueOn: next.appealDueOn, violationOn: next.violationOn },
      today,
    );
    await repository.updateCase(tx, row.id, {
      ...next,
      handlingDueOn: dueOn,
      ...contentOf(command, now),
      ...signalColumns(signals),
      version: row.version + 1,
      updatedAt: now,
    });
    const event = { ...decision.event, after: { ...decision.event.after, ...(dueOn !== row.handlingDueOn ? { handlingDueOn: dueOn } : {}) } };
    await repository.insertEvent(tx, {
      agencyId: actor.agencyId,
      caseId: row.id,
      occurredAt: now,
      actorPersonId: actor.personId,
      actorName: actor.displayName,
      kind: event.kind,
      reason: event.reason,
      before: { status: before.status },
      after: event.after,
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      event.kind,
      { type: 'conduct_case', id: row.id },
      { reason: event.reason, before: { status: before.status }, after: event.after },
    );
    const notice = noticeOf(command, row, next);
    if (notice) await notifyPeople(tx, { agencyId: actor.agencyId, ...notice, subject: { type: 'conduct_case', id: row.id }, now });
  });
}

/** Evidence files: checked by type and size in the file store; `isSealed` hides one from the subject's side. */
export async function addEvidence(
  deps: ConductDeps & { files: FileStore },
  actor: Actor,
  caseId: string,
  file: { buffer: Buffer; fileName: string; isSealed: boolean },
) {
  const { row, relations } = await visibleCase(deps, actor, caseId);
  if (!mayRun(relations, 'addEvidence', row.confidentiality)) throw forbidden();
  if (!mayAddEvidence(relations, row.status)) {
    if (!relations.includes('handling_inspector') && !relations.includes('leader'))
      throw forbidden({
        vi: 'Đương sự chỉ gửi tài liệu kèm giải trình khi đang được yêu cầu giải trình',
        en: 'The subject adds documents only while an explanation is due',
      });
    throw invalidState('wrong_state', { vi: 'Vụ việc đã kết thúc, không bổ sung chứng cứ', en: 'The case is over; no more evidence' });
  }
  // What the subject sends is part of their explanation: never sealed from them.
  const isSealed = file.isSealed && (relations.includes('handling_inspector') || relations.includes('leader'));
  const stored = await deps.files.store(file.buffer, file.fileName);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  const values = {
    id,
    agencyId: actor.agencyId,
    caseId,
    sha256: stored.sha256,
    fileName: file.fileName.slice(0, 255),
    contentType: stored.contentType,
    size: stored.size,
    isSealed,
    uploadedBy: actor.personId,
    uploadedByName: actor.displayName,
    uploadedAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await repository.insertFile(tx, values);
    await repository.insertEvent(tx, {
      agencyId: actor.agencyId,
      caseId,
      occurredAt: now,
      actorPersonId: actor.personId,
      actorName: actor.displayName,
      kind: 'case.evidence_added',
      reason: null,
      before: {},
      after: { fileName: values.fileName, isSealed },
    });
    await recordAction(
      tx,
      auditContext(actor, now),
      'case.evidence_added',
      { type: 'conduct_case', id: caseId },
      { fileName: values.fileName, sha256: values.sha256, size: values.size, isSealed },
    );
  });
  return {
    id,
    fileName: values.fileName,
    contentType: values.contentType,
    size: values.size,
    isSealed: values.isSealed,
    uploadedByName: values.uploadedByName,
    uploadedAt: now.toISOString(),
  };
}

export async function readEvidence(deps: ConductDeps & { files: FileStore }, actor: Actor, caseId: string, fileId: string) {
  const { view } = await visibleCase(deps, actor, caseId);
  const file = await repository.findFile(deps.db, caseId, fileId);
  if (!file || (file.isSealed && view !== 'full' && view !== 'handler')) throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
  return { content: await deps.files.read(file.sha256), fileName: file.fileName, contentType: file.contentType };
}
