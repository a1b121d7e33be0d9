import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/conduct.js';
import type { Db } from '../../db/client.js';
import { uploadedFile } from '../../http/upload.js';
import { actorOf } from '../../http/session.js';
import type { Actor } from '../../platform/actor.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { exportCatalog } from './conduct.catalog-export.js';
import { importCatalog } from './conduct.catalog-import.js';
import { type CatalogRow, catalogItems, currentCatalog, ensureCatalogs, findCatalog, listCatalogVersions } from './conduct.catalog.js';
import type { ConductDeps } from './conduct.deps.js';
import { canReadCatalog } from './conduct.policy.js';

const tags = ['conduct'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

async function present(db: Db, row: CatalogRow) {
  const items = await catalogItems(db, row.id);
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: row.title,
    status: row.status,
    note: row.note,
    sources: row.sources as string[],
    isCurrent: row.isCurrent,
    importedByName: row.importedByName,
    createdAt: row.createdAt.toISOString(),
    items: items.map((item) => ({
      code: item.code,
      groupCode: item.groupCode,
      groupTitle: item.groupTitle,
      text: item.text,
      status: item.status,
      source: item.source,
    })),
  };
}

async function readable(deps: ConductDeps, actor: Actor) {
  if (!canReadCatalog(actor)) throw forbidden();
  await deps.db.transaction((tx) => ensureCatalogs(tx, actor.agencyId, deps.clock.now()));
}

/** The manifestation catalogs: versions, the current ones, and the administrator's import. */
export const catalogRoutes: FastifyPluginAsyncZod<ConductDeps> = async (app, deps) => {
  app.get(
    '/conduct/catalogs',
    { schema: { tags, summary: 'Các phiên bản danh mục biểu hiện', response: { 200: contract.catalogList, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await readable(deps, actor);
      const rows = await listCatalogVersions(deps.db, actor.agencyId);
      const items = [];
      for (const row of rows) {
        const { items: catalogItemsOfRow, ...rest } = await present(deps.db, row);
        items.push({ ...rest, itemCount: catalogItemsOfRow.length });
      }
      return { items };
    },
  );
  app.get(
    '/conduct/catalogs/current',
    { schema: { tags, summary: 'Danh mục hiện hành', response: { 200: contract.currentCatalogs, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await readable(deps, actor);
      const [directive, related] = await Promise.all([
        currentCatalog(deps.db, actor.agencyId, 'directive'),
        currentCatalog(deps.db, actor.agencyId, 'related'),
      ]);
      return { directive: await present(deps.db, directive!), related: await present(deps.db, related!) };
    },
  );
  app.get(
    '/conduct/catalogs/:id',
    { schema: { tags, summary: 'Một phiên bản danh mục', params: idParams, response: { 200: contract.catalogSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await readable(deps, actor);
      const row = await findCatalog(deps.db, actor.agencyId, request.params.id);
      if (!row) throw notFound();
      return present(deps.db, row);
    },
  );
  app.get(
    '/conduct/catalogs/:id/export.xlsx',
    {
      schema: { tags, summary: 'Xuất Excel một phiên bản danh mục (nạp lại được)', params: idParams, querystring: exportQuery, response: errors },
    },
    (request, reply) => exportCatalog(deps, actorOf(request), request.params.id, request.query, reply),
  );
  app.post(
    '/conduct/catalogs/import',
    {
      schema: {
        tags,
        summary: 'Nạp danh mục mới từ .xlsx/.csv/.json (dryRun=true để xem trước)',
        querystring: contract.catalogImportQuery,
        consumes: ['multipart/form-data'],
        response: { 200: contract.catalogImportResult, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { buffer, fileName } = await uploadedFile(request);
      return importCatalog(deps, actor, { buffer, fileName }, request.query);
    },
  );
};
