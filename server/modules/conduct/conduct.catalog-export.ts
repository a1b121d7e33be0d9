import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { Actor } from '../../platform/actor.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { sendXlsx, singlePage, type XlsxColumn } from '../../platform/xlsx-stream.js';
import { type CatalogItemRow, catalogItems, ensureCatalogs, findCatalog } from './conduct.catalog.js';
import type { ConductDeps } from './conduct.deps.js';
import { canReadCatalog } from './conduct.policy.js';

// The titles are ones the catalog import recognises, so an exported version can be edited and imported back.
const columns: XlsxColumn<CatalogItemRow>[] = [
  { title: { vi: 'Mã nhóm', en: 'Group code' }, width: 10, value: (item) => item.groupCode },
  { title: { vi: 'Tên nhóm', en: 'Group title' }, width: 36, value: (item) => item.groupTitle },
  { title: { vi: 'Mã biểu hiện', en: 'Code' }, width: 14, value: (item) => item.code },
  { title: { vi: 'Nội dung', en: 'Text' }, width: 70, value: (item) => item.text },
  { title: { vi: 'Nguồn', en: 'Source' }, width: 36, value: (item) => item.source },
];

/** One catalog version's items, in the order the catalog page shows them; the catalog holds no personal data. */
export async function exportCatalog(deps: ConductDeps, actor: Actor, id: string, { lang }: z.infer<typeof exportQuery>, reply: FastifyReply) {
  if (!canReadCatalog(actor)) throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction((tx) => ensureCatalogs(tx, actor.agencyId, now));
  const catalog = await findCatalog(deps.db, actor.agencyId, id);
  if (!catalog) throw notFound();
  const items = await catalogItems(deps.db, catalog.id);
  return sendXlsx(reply, {
    fileName: { vi: `danh-muc-bieu-hien-${catalog.kind}-${catalog.version}`, en: `conduct-catalog-${catalog.kind}-${catalog.version}` },
    sheetName: { vi: 'Danh mục biểu hiện', en: 'Catalog' },
    columns,
    pages: singlePage(items),
    total: items.length,
    language: lang,
    now,
  });
}
