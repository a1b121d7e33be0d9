import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import { agencyNameOf, findNamed, findUnit } from '../org/index.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { procedureDocx } from './procedures.docx.js';
import { getVersionWithProcedure } from './procedures.queries.js';
import * as repository from './procedures.repository.js';
import { getRun } from './procedures.run-queries.js';
import { DOCX_TYPE, slipWorkbook, stepsWorkbook, XLSX_TYPE } from './procedures.sheets.js';

const tags = ['procedures'];
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
const fileNameOf = (code: string) => code.replace(/[^\p{L}\p{N}-]+/gu, '-');

/** Word and Excel files of versions and runs, each read through the same scope checks as the pages. */
export const exportRoutes: FastifyPluginAsyncZod<ProceduresDeps> = async (app, deps) => {
  app.get('/procedure-versions/:id/export.docx', { schema: { tags, summary: 'Tải quy trình (Word)', params: idParams } }, async (request, reply) => {
    const actor = actorOf(request);
    const { version, procedure } = await getVersionWithProcedure(deps, actor, request.params.id);
    const row = (await repository.findVersion(deps.db, actor.agencyId, version.id))!;
    const [unit, agencyName, named, history] = await Promise.all([
      findUnit(deps.db, actor.agencyId, procedure.unitId),
      agencyNameOf(deps.db, actor.agencyId),
      findNamed(deps.db, actor.agencyId, [], row.submittedById ? [row.submittedById] : []),
      repository.versionsOf(deps.db, procedure.id),
    ]);
    const revisions = history
      .filter((v) => v.edition <= version.edition && (v.status === 'published' || v.status === 'superseded' || v.id === version.id))
      .reverse()
      .map((v) => ({ edition: v.edition, note: v.revisionNote, date: v.issueDate }));
    const buffer = await procedureDocx({
      agencyName,
      unitName: unit?.name ?? '',
      code: procedure.code,
      title: procedure.title,
      version,
      reviewedBy: named.people[0]?.fullName ?? null,
      revisions,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', attachment(`${fileNameOf(procedure.code)}-lan-${version.edition}.docx`))
      .send(buffer);
  });
  app.get('/procedure-versions/:id/steps.xlsx', { schema: { tags, summary: 'Tải bảng các bước (Excel)', params: idParams } }, async (request, reply) => {
    const { version, procedure } = await getVersionWithProcedure(deps, actorOf(request), request.params.id);
    const buffer = await stepsWorkbook(procedure.code, procedure.title, version);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', attachment(`${fileNameOf(procedure.code)}-cac-buoc.xlsx`))
      .send(buffer);
  });
  app.get('/procedure-runs/:id/slip.xlsx', { schema: { tags, summary: 'Tải phiếu kiểm soát quá trình (Excel)', params: idParams } }, async (request, reply) => {
    const run = await getRun(deps, actorOf(request), request.params.id);
    const buffer = await slipWorkbook(run);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', attachment(`phieu-kiem-soat-${run.id.slice(0, 8)}.xlsx`))
      .send(buffer);
  });
};
