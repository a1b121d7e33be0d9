import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/procedures.js';
import { actorOf } from '../../http/session.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { getMatrix, getMyResponsibility } from './procedures.responsibility.js';
import { matrixWorkbook, XLSX_TYPE } from './procedures.sheets.js';

const tags = ['procedures'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };

export const responsibilityRoutes: FastifyPluginAsyncZod<ProceduresDeps> = async (app, deps) => {
  app.get('/responsibility/me', { schema: { tags, summary: 'Trách nhiệm của tôi', response: { 200: contract.myResponsibility, ...errors } } }, (request) =>
    getMyResponsibility(deps, actorOf(request)),
  );
  app.get(
    '/responsibility/matrix',
    { schema: { tags, summary: 'Ma trận trách nhiệm của đơn vị', querystring: contract.matrixQuery, response: { 200: contract.matrixSchema, ...errors } } },
    (request) => getMatrix(deps, actorOf(request), request.query.unitId),
  );
  app.get(
    '/responsibility/matrix.xlsx',
    { schema: { tags, summary: 'Tải ma trận trách nhiệm (Excel)', querystring: contract.matrixQuery } },
    async (request, reply) => {
      const matrix = await getMatrix(deps, actorOf(request), request.query.unitId);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('ma-tran-trach-nhiem.xlsx')}`)
        .send(await matrixWorkbook(matrix));
    },
  );
};
