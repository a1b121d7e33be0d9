import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/privacy.js';
import { actorOf } from '../../http/session.js';
import type { PrivacyDeps } from './privacy.deps.js';
import { exportPersonalData } from './privacy.export.js';
import * as queries from './privacy.queries.js';
import * as service from './privacy.service.js';
import { personalDataWorkbook, XLSX_TYPE } from './privacy.sheets.js';

const tags = ['privacy'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The register of personal-data requests and the export of one person's data: administrators only. */
export const privacyRoutes: FastifyPluginAsyncZod<PrivacyDeps> = async (app, deps) => {
  app.get(
    '/privacy/requests',
    {
      schema: {
        tags,
        summary: 'Sổ yêu cầu về dữ liệu cá nhân',
        querystring: contract.privacyRequestListQuery,
        response: { 200: contract.privacyRequestPage, ...errors },
      },
    },
    (request) => queries.listRequests(deps, actorOf(request), request.query),
  );
  app.post(
    '/privacy/requests',
    {
      schema: {
        tags,
        summary: 'Ghi nhận yêu cầu (hạn trả lời tính theo quy định)',
        body: contract.createPrivacyRequestBody,
        response: { 200: contract.privacyRequestSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return queries.getRequest(deps, actor, await service.createRequest(deps, actor, request.body));
    },
  );
  app.get(
    '/privacy/requests/:id',
    { schema: { tags, summary: 'Một yêu cầu', params: idParams, response: { 200: contract.privacyRequestSchema, ...errors } } },
    (request) => queries.getRequest(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/privacy/requests/:id/answer',
    {
      schema: {
        tags,
        summary: 'Trả lời yêu cầu',
        params: idParams,
        body: contract.answerPrivacyRequestBody,
        response: { 200: contract.privacyRequestSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.decideRequest(deps, actor, request.params.id, { answer: request.body.answer });
      return queries.getRequest(deps, actor, request.params.id);
    },
  );
  app.post(
    '/privacy/requests/:id/refuse',
    {
      schema: {
        tags,
        summary: 'Từ chối yêu cầu, nêu lý do',
        params: idParams,
        body: contract.refusePrivacyRequestBody,
        response: { 200: contract.privacyRequestSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.decideRequest(deps, actor, request.params.id, { reason: request.body.reason });
      return queries.getRequest(deps, actor, request.params.id);
    },
  );
  app.get(
    '/privacy/people/:personId/export.json',
    {
      schema: {
        tags,
        summary: 'Xuất dữ liệu cá nhân của một người (JSON)',
        params: contract.personIdParams,
        response: { 200: contract.personalDataExportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(deps, actorOf(request), request.params.personId, 'json');
      return reply.header('content-disposition', attachment(`du-lieu-ca-nhan-${data.personId.slice(0, 8)}.json`)).send(data);
    },
  );
  app.get(
    '/privacy/people/:personId/export.xlsx',
    { schema: { tags, summary: 'Xuất dữ liệu cá nhân của một người (Excel)', params: contract.personIdParams } },
    async (request, reply) => {
      const data = await exportPersonalData(deps, actorOf(request), request.params.personId, 'xlsx');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`du-lieu-ca-nhan-${data.personId.slice(0, 8)}.xlsx`))
        .send(await personalDataWorkbook(data));
    },
  );
};
