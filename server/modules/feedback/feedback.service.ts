import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { classifyReportBody, routeReportBody } from '../../../contracts/feedback.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { DomainError, forbidden, invalidState, notFound, validationError, type LocalizedText } from '../../platform/errors.js';
import { notifyPeople } from '../notifications/index.js';
import { findPeople, findUnit } from '../org/index.js';
import { auditContext, type FeedbackDeps } from './feedback.deps.js';
import { openIdentity } from './feedback.identity.js';
import { auditRefusedIdentityRead } from './feedback.identity-refusals.js';
import { countReportChange } from './feedback.month-counters.js';
import { handlersToNotify } from './feedback.notices.js';
import { canSeeReport, relationsOf } from './feedback.policy.js';
import * as repository from './feedback.repository.js';
import { decide, type FeedbackCommand, type Refusal, resolveDueAt, routingRefusal, type RoutingSubject, type StaffRelation } from './feedback.rules.js';

export const reportNotFound = () => notFound({ vi: 'Không tìm thấy phản ánh', en: 'Report not found' });

function refusalError(refusal: Refusal): DomainError {
  if (refusal.reason === 'not_allowed') return forbidden(refusal.message);
  if (refusal.reason === 'evidence_required') return validationError([{ field: 'attachments', message: refusal.message }], refusal.message);
  return invalidState(refusal.reason, refusal.message);
}

/** The reported official when identified (their unit and the units they manage), else the reported unit. */
export async function subjectOf(db: Db | Tx, row: repository.ReportRow): Promise<RoutingSubject> {
  if (!row.subjectPersonId) return { personId: null, unitPath: row.unitPath, managedUnitPaths: [] };
  const [person] = await findPeople(db, row.agencyId, [row.subjectPersonId]);
  const managed = await repository.managedPathsOf(db, row.agencyId, [row.subjectPersonId]);
  return { personId: row.subjectPersonId, unitPath: person?.unitPath ?? row.unitPath, managedUnitPaths: managed.get(row.subjectPersonId) ?? [] };
}

interface StepResult {
  values?: Partial<repository.ReportRow>;
  reason?: string | null;
  change?: object;
  notice?: { personIds: string[]; kind: string; title: LocalizedText };
}

/**
 * One staff step in one transaction: lock, authorize (invisible → 404), ask the rules, write the
 * row, the event, the audit row and the notifications.
 */
export async function runStep(
  deps: FeedbackDeps,
  actor: Actor,
  reportId: string,
  command: FeedbackCommand,
  apply: (tx: Tx, row: repository.ReportRow, context: { now: Date; subject: RoutingSubject; relations: StaffRelation[] }) => Promise<StepResult>,
) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repository.lockReport(tx, actor.agencyId, reportId);
    if (!row || !canSeeReport(actor, row)) throw reportNotFound();
    const subject = await subjectOf(tx, row);
    const relations = relationsOf(actor, row, subject);
    const decision = decide(row, relations, command);
    if (!decision.ok) throw refusalError(decision);
    const result = await apply(tx, row, { now, subject, relations });
    const values = { ...result.values, status: decision.status, updatedAt: now, version: row.version + 1 };
    await repository.updateReport(tx, row.id, values);
    await countReportChange(tx, row.agencyId, row, { ...row, ...values });
    if (decision.event) {
      const change = { from: row.status, to: decision.status, ...result.change };
      await repository.insertEvent(tx, {
        agencyId: actor.agencyId,
        reportId: row.id,
        occurredAt: now,
        actorPersonId: actor.personId,
        actorName: actor.displayName,
        kind: decision.event,
        reason: result.reason ?? null,
        change,
      });
      await recordAction(
        tx,
        auditContext(actor, now),
        `public_report.${decision.event}`,
        { type: 'public_report', id: row.id },
        { reason: result.reason ?? null, ...change },
      );
    }
    if (result.notice) {
      const personIds = result.notice.personIds.filter((id) => id !== actor.personId && id !== row.subjectPersonId);
      await notifyPeople(tx, {
        agencyId: actor.agencyId,
        personIds,
        kind: result.notice.kind,
        title: result.notice.title,
        subject: { type: 'public_report', id: row.id },
        now,
      });
    }
  });
}

export async function acceptReport(deps: FeedbackDeps, actor: Actor, id: string) {
  // Read before the transaction: on PGlite's one connection a cold cache read inside it would wait for the transaction forever.
  const calendar = await deps.calendars.get(actor.agencyId);
  return runStep(deps, actor, id, { name: 'accept' }, async (_tx, row, { now }) => ({
    values: { acceptedAt: now, resolveDueAt: resolveDueAt(calendar, row.level, now) },
    change: { acceptedLate: now > row.acceptDueAt },
  }));
}

/** Not accepted (a complaint or denunciation that belongs to its own legal channel, or out of scope): the reporter sees why. */
export const rejectReport = (deps: FeedbackDeps, actor: Actor, id: string, reason: string) =>
  runStep(deps, actor, id, { name: 'reject', reason }, async () => ({ values: { rejectionReason: reason }, reason }));

export async function classifyReport(deps: FeedbackDeps, actor: Actor, id: string, body: z.infer<typeof classifyReportBody>) {
  if (body.subjectPersonId) {
    const [person] = await findPeople(deps.db, actor.agencyId, [body.subjectPersonId]);
    if (!person) throw validationError([{ field: 'body.subjectPersonId', message: { vi: 'Cán bộ không tồn tại', en: 'Unknown person' } }]);
  }
  if (
    body.manifestationCode &&
    (await repository.hasCurrentCatalog(deps.db, actor.agencyId)) &&
    !(await repository.catalogKindOf(deps.db, actor.agencyId, body.manifestationCode))
  ) {
    throw validationError([
      { field: 'body.manifestationCode', message: { vi: 'Mã biểu hiện không có trong danh mục hiện hành', en: 'No such code in the current catalog' } },
    ]);
  }
  const calendar = await deps.calendars.get(actor.agencyId);
  await runStep(deps, actor, id, { name: 'classify', category: body.category, level: body.level }, async (tx, row) => {
    const values: Partial<repository.ReportRow> = {
      category: body.category,
      level: body.level,
      subjectPersonId: body.subjectPersonId,
      manifestationCode: body.manifestationCode,
      resolveDueAt: resolveDueAt(calendar, body.level, row.acceptedAt),
    };
    // Naming the official may reveal that the current handler manages them: the report goes back to triage.
    let unrouted = false;
    if (row.handlerUnitId && row.handlerUnitPath) {
      const subject = await subjectOf(tx, { ...row, subjectPersonId: body.subjectPersonId });
      const handlers = await handlerCandidates(tx, actor.agencyId, row.handlerUnitId, row.handlerPersonId);
      if (routingRefusal(row.handlerUnitPath, handlers, subject)) {
        Object.assign(values, { handlerUnitId: null, handlerUnitPath: null, handlerPersonId: null });
        unrouted = true;
      }
    }
    return {
      values,
      change: { category: body.category, level: body.level, subjectPersonId: body.subjectPersonId, manifestationCode: body.manifestationCode, unrouted },
    };
  });
}

/** The unit's heads and deputies, and the named handler, each with the units they manage. */
async function handlerCandidates(db: Db | Tx, agencyId: string, unitId: string, handlerPersonId: string | null) {
  const ids = [...new Set([...(await repository.managerIdsOfUnit(db, agencyId, unitId)), ...(handlerPersonId ? [handlerPersonId] : [])])];
  const managed = await repository.managedPathsOf(db, agencyId, ids);
  return ids.map((personId) => ({ personId, managedUnitPaths: managed.get(personId) ?? [] }));
}

export async function routeReport(deps: FeedbackDeps, actor: Actor, id: string, body: z.infer<typeof routeReportBody>) {
  const unit = await findUnit(deps.db, actor.agencyId, body.unitId);
  if (!unit || !unit.isActive)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không tồn tại hoặc đã ngừng hoạt động', en: 'Unit unknown or inactive' } }]);
  if (body.handlerPersonId) {
    const [person] = await findPeople(deps.db, actor.agencyId, [body.handlerPersonId]);
    if (!person || person.status !== 'active' || !person.unitPath.startsWith(unit.path)) {
      throw validationError([
        {
          field: 'body.handlerPersonId',
          message: { vi: 'Người xử lý phải đang công tác tại đơn vị xử lý', en: 'The handler must be an active member of the handling unit' },
        },
      ]);
    }
  }
  await runStep(deps, actor, id, { name: 'route' }, async (tx, _row, { subject }) => {
    const handlers = await handlerCandidates(tx, actor.agencyId, unit.id, body.handlerPersonId);
    const refusal = routingRefusal(unit.path, handlers, subject);
    if (refusal) throw new DomainError('forbidden', 'routing_conflict', refusal, [{ field: 'body.unitId', message: refusal }]);
    return {
      values: { handlerUnitId: unit.id, handlerUnitPath: unit.path, handlerPersonId: body.handlerPersonId },
      reason: body.note || null,
      change: { handlerUnitId: unit.id, handlerPersonId: body.handlerPersonId },
      notice: {
        personIds: handlers.map((handler) => handler.personId),
        kind: 'public_report_routed',
        title: { vi: `Được giao xử lý phản ánh ${_row.reference} của người dân`, en: `Public report ${_row.reference} routed to you` },
      },
    };
  });
}

/** The concrete answer the reporter will read; categories stating verified facts need a document or photo first. */
export async function answerReport(deps: FeedbackDeps, actor: Actor, id: string, answer: string) {
  const row = await repository.findReport(deps.db, actor.agencyId, id);
  const hasStaffEvidence = row ? (await repository.countAttachments(deps.db, id, 'staff')) > 0 : false;
  await runStep(deps, actor, id, { name: 'answer', hasStaffEvidence }, async (tx, report, { now }) => ({
    values: { answer, answeredAt: now },
    change: { answerLength: answer.length },
    notice: {
      personIds: await handlersToNotify(tx, report),
      kind: 'public_report_answered',
      title: { vi: `Đã trả lời phản ánh ${report.reference}`, en: `Report ${report.reference} answered` },
    },
  }));
}

export async function addStaffMessage(deps: FeedbackDeps, actor: Actor, id: string, body: string) {
  await runStep(deps, actor, id, { name: 'message' }, async (tx, report, { now }) => {
    const messageId = randomUUID();
    await repository.insertMessage(tx, {
      id: messageId,
      agencyId: actor.agencyId,
      reportId: report.id,
      author: 'staff',
      authorPersonId: actor.personId,
      authorName: actor.displayName,
      body,
      createdAt: now,
    });
    return { change: { messageId } };
  });
}

export async function addStaffAttachment(deps: FeedbackDeps, actor: Actor, id: string, file: { buffer: Buffer; fileName: string }) {
  const stored = await deps.files.store(file.buffer, file.fileName);
  await runStep(deps, actor, id, { name: 'attach' }, async (tx, report, { now }) => {
    if ((await repository.countAttachments(tx, report.id, 'staff')) >= 20) {
      throw validationError([{ field: 'file', message: { vi: 'Tối đa 20 tệp của cán bộ cho một phản ánh', en: 'At most 20 staff files per report' } }]);
    }
    const attachmentId = randomUUID();
    await repository.insertAttachment(tx, {
      id: attachmentId,
      agencyId: actor.agencyId,
      reportId: report.id,
      author: 'staff',
      uploadedBy: actor.personId,
      ...stored,
      fileName: file.fileName,
      uploadedAt: now,
    });
    return { change: { attachmentId, fileName: file.fileName, sha256: stored.sha256 } };
  });
}

/**
 * Opens the sealed identity for an inspector outside the official's line of management, with a
 * stated purpose; the read itself is an audit row in the same transaction, before anything is returned.
 */
export async function readReporterIdentity(deps: FeedbackDeps, actor: Actor, id: string, purpose: string) {
  const now = deps.clock.now();
  return deps.db
    .transaction(async (tx) => {
      const row = await repository.lockReport(tx, actor.agencyId, id);
      if (!row || !canSeeReport(actor, row)) throw reportNotFound();
      const decision = decide(row, relationsOf(actor, row, await subjectOf(tx, row)), { name: 'readIdentity' });
      if (!decision.ok) throw refusalError(decision);
      await recordAction(tx, auditContext(actor, now), 'public_report.identity_read', { type: 'public_report', id: row.id }, { purpose });
      if (!row.identitySealed) return { isAnonymous: true, name: null, phone: null, email: null };
      const identity = openIdentity(deps.identityKey, row.id, row.identitySealed);
      return { isAnonymous: false, name: identity.name, phone: identity.phone || null, email: identity.email || null };
    })
    .catch(async (error: unknown) => {
      await auditRefusedIdentityRead(deps, actor, id, purpose, error);
      throw error;
    });
}
