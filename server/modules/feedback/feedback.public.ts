import { randomUUID } from 'node:crypto';
import { groupTrackingCode, type SubmitReportBody, type TrackedReport } from '../../../contracts/feedback.js';
import type { Tx } from '../../db/client.js';
import { recordAction } from '../../platform/audit.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { invalidState, notFound, validationError } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/search-text.js';
import { notifyPeople } from '../notifications/index.js';
import { type FeedbackDeps, reporterActor } from './feedback.deps.js';
import { sealIdentity } from './feedback.identity.js';
import { presentAttachment, presentMessage } from './feedback.presenter.js';
import * as repository from './feedback.repository.js';
import { acceptDueAt, reporterMayAttach, reporterMayRate, reporterMayWrite } from './feedback.rules.js';
import { countReportChange } from './feedback.month-counters.js';
import { handlersToNotify, TRIAGE_NOTICE_ROLE } from './feedback.notices.js';
import { hashTrackingCode, newReference, newTrackingCode } from './feedback.tracking.js';

/** One answer for a wrong code, a code of another agency and a deleted report: nothing to enumerate. */
const reportNotFound = () => notFound({ vi: 'Không tìm thấy phản ánh với mã theo dõi này', en: 'No report has this tracking code' });

export const MAX_REPORTER_ATTACHMENTS = 10;
export const MAX_REPORTER_MESSAGES = 50;

export async function listPublicAgencies(deps: FeedbackDeps) {
  return { items: await repository.listAgencies(deps.db, 200) };
}

export async function listPublicUnits(deps: FeedbackDeps, agencyId: string) {
  if (!(await repository.findAgency(deps.db, agencyId))) throw notFound({ vi: 'Không tìm thấy cơ quan', en: 'Agency not found' });
  const rows = await repository.listActiveUnits(deps.db, agencyId);
  return { items: rows.map((row) => ({ id: row.id, name: row.name, depth: row.depth })) };
}

/**
 * Receives a report from the public channel. A filled honeypot answers exactly like a real report
 * (a well-formed code, a reference, a deadline) but stores nothing, so a bot learns nothing.
 */
export async function submitReport(deps: FeedbackDeps, body: SubmitReportBody) {
  const now = deps.clock.now();
  const code = newTrackingCode();
  const reference = newReference(localDateOf(now));
  const calendarFor = async (agencyId: string) => deps.calendars.get(agencyId);
  if (body.website.trim() !== '') {
    const calendar = await calendarFor(body.agencyId).catch(() => null);
    const due = calendar ? acceptDueAt(calendar, now) : new Date(now.getTime() + 24 * 3_600_000);
    return { trackingCode: groupTrackingCode(code), reference, receivedAt: now.toISOString(), acceptDueAt: due.toISOString() };
  }
  const agency = await repository.findAgency(deps.db, body.agencyId);
  if (!agency) throw validationError([{ field: 'body.agencyId', message: { vi: 'Cơ quan không tồn tại', en: 'Unknown agency' } }]);
  const units = await repository.listActiveUnits(deps.db, agency.id);
  const unit = units.find((candidate) => candidate.id === body.unitId);
  if (!unit)
    throw validationError([{ field: 'body.unitId', message: { vi: 'Đơn vị không thuộc cơ quan đã chọn', en: 'The unit is not part of the chosen agency' } }]);
  if (body.occurredOn > localDateOf(now)) {
    throw validationError([{ field: 'body.occurredOn', message: { vi: 'Ngày xảy ra không được sau hôm nay', en: 'The date cannot be in the future' } }]);
  }
  const calendar = await calendarFor(agency.id);
  const id = randomUUID();
  const due = acceptDueAt(calendar, now);
  const identity = !body.isAnonymous && body.reporter ? sealIdentity(deps.identityKey, id, body.reporter) : null;
  await deps.db.transaction(async (tx) => {
    const received = {
      id,
      agencyId: agency.id,
      reference,
      trackingHash: hashTrackingCode(code),
      category: body.category,
      status: 'received' as const,
      unitId: unit.id,
      unitPath: unit.path,
      officialName: body.officialName,
      content: body.content,
      occurredOn: body.occurredOn,
      searchText: foldForSearch(`${reference} ${body.officialName} ${body.content}`),
      isAnonymous: body.isAnonymous || !identity,
      identitySealed: identity,
      receivedAt: now,
      acceptDueAt: due,
      updatedAt: now,
    };
    await repository.insertReport(tx, received);
    await countReportChange(tx, agency.id, null, { ...received, acceptedAt: null, answeredAt: null, ratingScore: null });
    await writeReporterEvent(tx, deps, agency.id, id, now, 'received', { reference, category: body.category, unitId: unit.id, isAnonymous: !identity });
    const triage = await repository.personIdsWithRole(tx, agency.id, TRIAGE_NOTICE_ROLE);
    await notifyPeople(tx, {
      agencyId: agency.id,
      personIds: triage,
      kind: 'public_report_received',
      now,
      dedupeKey: `public_report_received:${id}`,
      subject: { type: 'public_report', id },
      title: { vi: `Phản ánh mới ${reference} của người dân về ${unit.name}`, en: `New public report ${reference} about ${unit.name}` },
    });
  });
  return { trackingCode: groupTrackingCode(code), reference, receivedAt: now.toISOString(), acceptDueAt: due.toISOString() };
}

async function writeReporterEvent(tx: Tx, deps: FeedbackDeps, agencyId: string, reportId: string, now: Date, kind: string, change: object) {
  await repository.insertEvent(tx, { agencyId, reportId, occurredAt: now, actorPersonId: null, actorName: reporterActor.name, kind, reason: null, change });
  await recordAction(tx, { agencyId, actor: reporterActor, now }, `public_report.${kind}`, { type: 'public_report', id: reportId }, change);
}

/** The reporter's view: status, answer, thread; staff files only once the answer is given. */
export async function trackReport(deps: FeedbackDeps, code: string): Promise<TrackedReport> {
  const found = await repository.findReportByHash(deps.db, hashTrackingCode(code));
  if (!found) throw reportNotFound();
  const { report } = found;
  const agency = await repository.findAgency(deps.db, report.agencyId);
  const [messages, attachments] = await Promise.all([repository.listMessages(deps.db, report.id), repository.listAttachments(deps.db, report.id)]);
  const isAnswered = report.status === 'answered';
  return {
    reference: report.reference,
    agencyName: agency?.name ?? '',
    unitName: found.unitName,
    category: report.category,
    status: report.status,
    content: report.content,
    occurredOn: report.occurredOn,
    receivedAt: report.receivedAt.toISOString(),
    acceptDueAt: report.acceptDueAt.toISOString(),
    acceptedAt: report.acceptedAt?.toISOString() ?? null,
    answer: report.answer,
    answeredAt: report.answeredAt?.toISOString() ?? null,
    rejectionReason: report.rejectionReason,
    rating: report.ratingScore !== null ? { score: report.ratingScore, comment: report.ratingComment ?? '', ratedAt: report.ratedAt!.toISOString() } : null,
    canRate: reporterMayRate(report),
    // Staff names stay inside the agency: the reporter sees "the handling officer".
    messages: messages.map((message) => ({ ...presentMessage(message), authorName: null })),
    attachments: attachments.filter((file) => file.author === 'reporter' || isAnswered).map(presentAttachment),
  };
}

/** Runs a reporter's write on the report the code opens, locked, in one transaction. */
async function withReporterReport<T>(deps: FeedbackDeps, code: string, work: (tx: Tx, report: repository.ReportRow, now: Date) => Promise<T>) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const report = await repository.lockReportByHash(tx, hashTrackingCode(code));
    if (!report) throw reportNotFound();
    return work(tx, report, now);
  });
}

const closedForReporter = () => invalidState('report_closed', { vi: 'Phản ánh đã kết thúc, không thể bổ sung', en: 'The report is closed' });

export async function addReporterMessage(deps: FeedbackDeps, code: string, body: string) {
  await withReporterReport(deps, code, async (tx, report, now) => {
    if (!reporterMayWrite(report.status)) throw closedForReporter();
    if ((await repository.countMessages(tx, report.id, 'reporter')) >= MAX_REPORTER_MESSAGES) {
      throw invalidState('too_many_messages', { vi: 'Đã đạt số tin nhắn tối đa cho một phản ánh', en: 'The message limit for a report is reached' });
    }
    const id = randomUUID();
    await repository.insertMessage(tx, {
      id,
      agencyId: report.agencyId,
      reportId: report.id,
      author: 'reporter',
      authorPersonId: null,
      authorName: null,
      body,
      createdAt: now,
    });
    await repository.updateReport(tx, report.id, { updatedAt: now, version: report.version + 1 });
    await writeReporterEvent(tx, deps, report.agencyId, report.id, now, 'reporter_message', { messageId: id });
    await notifyHandlers(tx, report, now, 'public_report_message', {
      vi: `Người phản ánh bổ sung thông tin cho ${report.reference}`,
      en: `The reporter added information to ${report.reference}`,
    });
  });
  return trackReport(deps, code);
}

/** What a reporter may send: photos and PDFs (the file store then checks the content matches). */
const REPORTER_FILE_TYPES = ['pdf', 'png', 'jpg', 'jpeg'];

export async function addReporterAttachment(deps: FeedbackDeps, code: string, file: { buffer: Buffer; fileName: string }) {
  if (!REPORTER_FILE_TYPES.includes(file.fileName.split('.').pop()?.toLowerCase() ?? '')) {
    throw validationError([{ field: 'file', message: { vi: 'Chỉ nhận ảnh PNG, JPG hoặc tệp PDF', en: 'Only PNG or JPG photos and PDF files are accepted' } }]);
  }
  const stored = await deps.files.store(file.buffer, file.fileName);
  await withReporterReport(deps, code, async (tx, report, now) => {
    if (!reporterMayAttach(report.status)) throw closedForReporter();
    if ((await repository.countAttachments(tx, report.id, 'reporter')) >= MAX_REPORTER_ATTACHMENTS) {
      throw validationError([
        {
          field: 'file',
          message: { vi: `Tối đa ${MAX_REPORTER_ATTACHMENTS} tệp cho một phản ánh`, en: `At most ${MAX_REPORTER_ATTACHMENTS} files per report` },
        },
      ]);
    }
    const id = randomUUID();
    await repository.insertAttachment(tx, {
      id,
      agencyId: report.agencyId,
      reportId: report.id,
      author: 'reporter',
      uploadedBy: null,
      ...stored,
      fileName: file.fileName,
      uploadedAt: now,
    });
    await repository.updateReport(tx, report.id, { updatedAt: now, version: report.version + 1 });
    await writeReporterEvent(tx, deps, report.agencyId, report.id, now, 'reporter_attachment', {
      attachmentId: id,
      fileName: file.fileName,
      sha256: stored.sha256,
    });
  });
  return trackReport(deps, code);
}

export async function rateAnswer(deps: FeedbackDeps, code: string, score: number, comment: string) {
  await withReporterReport(deps, code, async (tx, report, now) => {
    if (!reporterMayRate(report)) {
      throw invalidState('rating_not_open', { vi: 'Chỉ đánh giá một lần, sau khi đã có trả lời', en: 'Rate once, after the answer' });
    }
    await repository.updateReport(tx, report.id, { ratingScore: score, ratingComment: comment, ratedAt: now, updatedAt: now, version: report.version + 1 });
    await countReportChange(tx, report.agencyId, report, { ...report, ratingScore: score });
    await writeReporterEvent(tx, deps, report.agencyId, report.id, now, 'rated', { score });
    await notifyHandlers(tx, report, now, 'public_report_rated', {
      vi: `Người phản ánh đánh giá trả lời ${report.reference}: ${score}/5`,
      en: `The reporter rated the answer to ${report.reference}: ${score}/5`,
    });
  });
  return trackReport(deps, code);
}

/** A file the reporter may see: their own, or the staff's once the report is answered. */
export async function readReporterAttachment(deps: FeedbackDeps, code: string, attachmentId: string) {
  const found = await repository.findReportByHash(deps.db, hashTrackingCode(code));
  if (!found) throw reportNotFound();
  const file = await repository.findAttachment(deps.db, found.report.id, attachmentId);
  if (!file || (file.author === 'staff' && found.report.status !== 'answered')) throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
  return { content: await deps.files.read(file.sha256), contentType: file.contentType, fileName: file.fileName };
}

async function notifyHandlers(tx: Tx, report: repository.ReportRow, now: Date, kind: string, title: { vi: string; en: string }) {
  const personIds = await handlersToNotify(tx, report);
  await notifyPeople(tx, { agencyId: report.agencyId, personIds, kind, title, subject: { type: 'public_report', id: report.id }, now });
}
