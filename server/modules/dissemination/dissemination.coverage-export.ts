import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { coverageUnitsQuery, laggardQuery } from '../../../contracts/dissemination.js';
import type { Actor } from '../../platform/actor.js';
import { recordAction } from '../../platform/audit.js';
import { type Bilingual, keysetPages, type Language, sendXlsx, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { auditContext, type DisseminationDeps } from './dissemination.deps.js';
import { listCoverageUnits, listLaggards } from './dissemination.queries.js';

type UnitRow = Awaited<ReturnType<typeof listCoverageUnits>>['items'][number];
type LaggardRow = Awaited<ReturnType<typeof listLaggards>>['items'][number];
type Omitted<Q extends z.ZodType> = Omit<z.infer<Q>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

const count = (title: Bilingual, key: keyof Omit<UnitRow, 'unit' | 'depth'>): XlsxColumn<UnitRow> => ({
  title,
  kind: 'number',
  width: 13,
  value: (row) => row[key],
});
const unitColumns: XlsxColumn<UnitRow>[] = [
  { title: { vi: 'Đơn vị', en: 'Unit' }, width: 40, value: (row) => row.unit.name },
  count({ vi: 'Được giao', en: 'Assigned' }, 'assigned'),
  count({ vi: 'Đã đọc', en: 'Read' }, 'read'),
  count({ vi: 'Đã xác nhận', en: 'Acknowledged' }, 'acknowledged'),
  count({ vi: 'Đã cam kết', en: 'Committed' }, 'committed'),
  count({ vi: 'Đạt kiểm tra', en: 'Passed the check' }, 'passed'),
  count({ vi: 'Hoàn thành', en: 'Done' }, 'done'),
  count({ vi: 'Quá hạn xác nhận', en: 'Acknowledgement overdue' }, 'overdue'),
];

const stage = {
  pending: { vi: 'Chưa đọc', en: 'Not read' },
  read: { vi: 'Đã đọc', en: 'Read' },
  acknowledged: { vi: 'Đã xác nhận', en: 'Acknowledged' },
  done: { vi: 'Hoàn thành', en: 'Done' },
};
const overdue = { vi: 'Quá hạn xác nhận', en: 'Acknowledgement overdue' };
const laggardColumns = (lang: Language): XlsxColumn<LaggardRow>[] => [
  { title: { vi: 'Họ và tên', en: 'Full name' }, width: 30, value: (row) => row.person.fullName },
  { title: { vi: 'Đơn vị', en: 'Unit' }, width: 32, value: (row) => row.unit.name },
  { title: { vi: 'Tiến độ', en: 'Stage' }, width: 16, value: (row) => stage[row.stage][lang] },
  { title: { vi: 'Quá hạn', en: 'Overdue' }, width: 22, value: (row) => (row.isOverdue ? overdue[lang] : '') },
  { title: { vi: 'Mở đọc lúc', en: 'Opened at' }, kind: 'datetime', width: 17, value: (row) => row.openedAt },
];

/** Each unit's own counts of a campaign, in tree order, within the actor's coverage scope (a unit's subtree when chosen). */
export async function exportCoverageUnits(
  deps: DisseminationDeps,
  actor: Actor,
  id: string,
  { lang, ...filters }: Omitted<typeof coverageUnitsQuery>,
  reply: FastifyReply,
) {
  return sendXlsx(reply, {
    fileName: { vi: 'bao-phu-quan-triet', en: 'dissemination-coverage' },
    sheetName: { vi: 'Bao phủ theo đơn vị', en: 'Coverage by unit' },
    columns: unitColumns,
    pages: keysetPages((cursor, limit) => listCoverageUnits(deps, actor, id, { ...filters, cursor, limit })),
    language: lang,
    now: deps.clock.now(),
  });
}

/** Who has not acknowledged (or not finished) a campaign, by name: a list of people, so the export is audited. */
export async function exportLaggards(
  deps: DisseminationDeps,
  actor: Actor,
  id: string,
  { lang, ...filters }: Omitted<typeof laggardQuery>,
  reply: FastifyReply,
) {
  const now = deps.clock.now();
  const pages = keysetPages((cursor, limit) => listLaggards(deps, actor, id, { ...filters, cursor, limit }));
  const iterator = pages[Symbol.asyncIterator]();
  // The first page checks the campaign is visible, so nothing is audited for a refused export.
  const first = await iterator.next();
  await deps.db.transaction((tx) => recordAction(tx, auditContext(actor, now), 'campaign_laggards.exported', { type: 'campaign', id }, { filters }));
  return sendXlsx(reply, {
    fileName: { vi: 'chua-thuc-hien-quan-triet', en: 'dissemination-laggards' },
    sheetName: { vi: 'Người chưa thực hiện', en: 'Not yet done' },
    columns: laggardColumns(lang),
    pages: (async function* () {
      if (!first.done) yield first.value;
      for (let page = await iterator.next(); !page.done; page = await iterator.next()) yield page.value;
    })(),
    language: lang,
    now,
  });
}
