import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/explanations.js';
import { actorOf } from '../../http/session.js';
import { openCaseFromExplanation } from './explanations.case.js';
import type { ExplanationsDeps } from './explanations.deps.js';
import * as queries from './explanations.queries.js';
import * as service from './explanations.service.js';

const tags = ['explanations'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export const explanationRoutes: FastifyPluginAsyncZod<ExplanationsDeps> = async (app, deps) => {
  app.get(
    '/explanations',
    {
      schema: {
        tags,
        summary: 'Yêu cầu giải trình: của tôi, tôi yêu cầu, chuyển lên tôi, hoặc của một mục',
        querystring: contract.explanationListQuery,
        response: { 200: contract.explanationPage, ...errors },
      },
    },
    (request) => queries.listExplanations(deps, actorOf(request), request.query),
  );
  app.post(
    '/explanations',
    {
      schema: {
        tags,
        summary: 'Yêu cầu giải trình về một mục báo đỏ (lãnh đạo, trưởng đơn vị)',
        body: contract.requestExplanationBody,
        response: { 200: contract.explanationSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return queries.getExplanation(deps, actor, await service.requestExplanation(deps, actor, request.body));
    },
  );
  app.get(
    '/explanations/:id',
    { schema: { tags, summary: 'Một yêu cầu giải trình', params: idParams, response: { 200: contract.explanationSchema, ...errors } } },
    (request) => queries.getExplanation(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/explanations/:id/answer',
    {
      schema: {
        tags,
        summary: 'Giải trình (người được yêu cầu)',
        params: idParams,
        body: contract.answerExplanationBody,
        response: { 200: contract.explanationSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.answerExplanation(deps, actor, request.params.id, request.body);
      return queries.getExplanation(deps, actor, request.params.id);
    },
  );
  app.post(
    '/explanations/:id/decide',
    {
      schema: {
        tags,
        summary: 'Chấp nhận hoặc không chấp nhận giải trình (người yêu cầu, cấp trên được báo cáo)',
        params: idParams,
        body: contract.decideExplanationBody,
        response: { 200: contract.explanationSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.decideExplanation(deps, actor, request.params.id, request.body);
      return queries.getExplanation(deps, actor, request.params.id);
    },
  );
  app.post(
    '/explanations/:id/open-case',
    {
      schema: {
        tags,
        summary: 'Chuyển thành vụ việc vi phạm (mang theo nội dung giải trình)',
        params: idParams,
        body: contract.explanationToCaseBody,
        response: { 200: contract.explanationSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await openCaseFromExplanation(deps, actor, request.params.id, request.body);
      return queries.getExplanation(deps, actor, request.params.id);
    },
  );
};
