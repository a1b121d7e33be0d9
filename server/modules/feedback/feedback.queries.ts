import type { z } from 'zod';
import type { feedbackQueueQuery } from '../../../contracts/feedback.js';
import type { Actor } from '../../platform/actor.js';
import { notFound, validationError } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import { likePattern } from '../../platform/search-text.js';
import { findUnit } from '../org/index.js';
import type { FeedbackDeps } from './feedback.deps.js';
import { canSeeReport, relationsOf, visibleReportsCondition } from './feedback.policy.js';
import { presentReport, presentSummary } from './feedback.presenter.js';
import * as repository from './feedback.repository.js';
import { abilitiesOf } from './feedback.rules.js';
import { reportNotFound, subjectOf } from './feedback.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function queueCursor(cursor: string | undefined): [string, string] | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  if (typeof key[0] !== 'string' || Number.isNaN(Date.parse(key[0])) || typeof key[1] !== 'string' || !UUID.test(key[1])) {
    throw validationError([{ field: 'querystring.cursor', message: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid page cursor' } }]);
  }
  return [key[0], key[1]];
}

/** The triage queue, scoped in SQL: triage roles see the agency, unit heads what was routed to their units. */
export async function listQueue(deps: FeedbackDeps, actor: Actor, query: z.infer<typeof feedbackQueueQuery>) {
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await findUnit(deps.db, actor.agencyId, query.unitId);
    if (!unit) throw validationError([{ field: 'querystring.unitId', message: { vi: 'Đơn vị không tồn tại', en: 'Unit does not exist' } }]);
    unitPath = unit.path;
  }
  const now = deps.clock.now();
  const rows = await repository.listQueue(deps.db, {
    agencyId: actor.agencyId,
    visible: visibleReportsCondition(actor),
    status: query.status,
    isOpen: query.open,
    category: query.category,
    unitPath,
    acceptOverdueAt: query.acceptOverdue ? now : undefined,
    search: query.q ? likePattern(query.q) : undefined,
    after: queueCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => [row.report.receivedAt.toISOString(), row.report.id]);
  return { items: page.items.map((row) => presentSummary(row, now)), nextCursor: page.nextCursor };
}

export async function getReport(deps: FeedbackDeps, actor: Actor, id: string) {
  const row = await repository.findReport(deps.db, actor.agencyId, id);
  if (!row || !canSeeReport(actor, row.report)) throw reportNotFound();
  const [messages, attachments, events, subject] = await Promise.all([
    repository.listMessages(deps.db, id),
    repository.listAttachments(deps.db, id),
    repository.listEvents(deps.db, id),
    subjectOf(deps.db, row.report),
  ]);
  const abilities = abilitiesOf(row.report, relationsOf(actor, row.report, subject));
  return presentReport(row, deps.clock.now(), { messages, attachments, events, abilities });
}

export async function readStaffAttachment(deps: FeedbackDeps, actor: Actor, id: string, attachmentId: string) {
  const row = await repository.findReport(deps.db, actor.agencyId, id);
  if (!row || !canSeeReport(actor, row.report)) throw reportNotFound();
  const file = await repository.findAttachment(deps.db, id, attachmentId);
  if (!file) throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
  return { content: await deps.files.read(file.sha256), contentType: file.contentType, fileName: file.fileName };
}
