import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { auditQuery } from '../../../contracts/audit.js';
import type { exportQuery } from '../../../contracts/common.js';
import { type Actor, auditActorOf } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import { keysetPages, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { type AuditDeps, listAudit } from './audit.service.js';

type AuditItem = Awaited<ReturnType<typeof listAudit>>['items'][number];

const columns: XlsxColumn<AuditItem>[] = [
  { title: { vi: 'Số thứ tự', en: 'No.' }, kind: 'number', width: 10, value: (row) => row.id },
  { title: { vi: 'Thời điểm', en: 'When' }, kind: 'datetime', width: 17, value: (row) => row.occurredAt },
  { title: { vi: 'Người thực hiện', en: 'Actor' }, width: 26, value: (row) => row.actorName },
  { title: { vi: 'Thao tác', en: 'Action' }, width: 26, value: (row) => row.action },
  { title: { vi: 'Loại đối tượng', en: 'Subject type' }, width: 16, value: (row) => row.subjectType },
  { title: { vi: 'Mã đối tượng', en: 'Subject id' }, width: 38, value: (row) => row.subjectId },
  // The change as recorded; sensitive values were masked when it was written.
  { title: { vi: 'Nội dung thay đổi', en: 'Change' }, width: 60, value: (row) => JSON.stringify(row.change ?? null).slice(0, 32_000) },
];

type Query = Omit<z.infer<typeof auditQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

/** The audit log with its filters, newest first, for administrators only (as the list); the export itself is audited. */
export async function exportAudit(deps: AuditDeps & { clock: Clock }, actor: Actor, { lang, ...filters }: Query, reply: FastifyReply) {
  const pages = keysetPages((cursor, limit) => listAudit(deps, actor, { ...filters, cursor, limit }));
  const first = pages[Symbol.asyncIterator]();
  const now = deps.clock.now();
  const firstPage = await first.next();
  await deps.db.transaction((tx) =>
    recordAction(tx, { agencyId: actor.agencyId, actor: auditActorOf(actor), now }, 'audit_log.exported', { type: 'agency', id: actor.agencyId }, { filters }),
  );
  async function* rest() {
    if (!firstPage.done) yield firstPage.value;
    for (let page = await first.next(); !page.done; page = await first.next()) yield page.value;
  }
  return sendXlsx(reply, {
    fileName: { vi: 'nhat-ky-he-thong', en: 'audit-log' },
    sheetName: { vi: 'Nhật ký', en: 'Audit log' },
    columns,
    pages: rest(),
    language: lang,
    now,
  });
}
