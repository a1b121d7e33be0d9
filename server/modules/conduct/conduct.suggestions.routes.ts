import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuery, idParams, okSchema, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/conduct.js';
import { actorOf } from '../../http/session.js';
import type { ConductDeps } from './conduct.deps.js';
import { getCase } from './conduct.queries.js';
import * as suggestions from './conduct.suggestions.js';
import { exportSuggestions } from './conduct.suggestions-export.js';

const tags = ['conduct'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Suggested cases from work signals, and the administrator's signal → item mapping. */
export const suggestionRoutes: FastifyPluginAsyncZod<ConductDeps> = async (app, deps) => {
  app.get(
    '/conduct/suggestions',
    {
      schema: {
        tags,
        summary: 'Gợi ý vụ việc từ tín hiệu công việc',
        querystring: contract.suggestionListQuery,
        response: { 200: contract.suggestionPage, ...errors },
      },
    },
    (request) => suggestions.listSuggestions(deps, actorOf(request), request.query),
  );
  app.get(
    '/conduct/suggestions/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel danh sách gợi ý vụ việc (theo bộ lọc đang xem)',
        querystring: contract.suggestionListQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportSuggestions(deps, actorOf(request), request.query, reply),
  );
  app.post(
    '/conduct/suggestions/compute',
    { schema: { tags, summary: 'Tính gợi ý ngay (không tạo trùng)', response: { 200: contract.suggestionRunResult, ...errors } } },
    (request) => suggestions.computeSuggestionsNow(deps, actorOf(request)),
  );
  app.post(
    '/conduct/suggestions/:id/dismiss',
    { schema: { tags, summary: 'Bỏ qua gợi ý (nêu lý do)', params: idParams, body: contract.dismissSuggestionBody, response: { 200: okSchema, ...errors } } },
    async (request) => {
      await suggestions.dismissSuggestion(deps, actorOf(request), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );
  app.post(
    '/conduct/suggestions/:id/open',
    {
      schema: {
        tags,
        summary: 'Mở vụ việc từ gợi ý',
        params: idParams,
        body: contract.openFromSuggestionBody,
        response: { 200: contract.caseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const caseId = await suggestions.openCaseFromSuggestion(deps, actor, request.params.id, request.body);
      return getCase(deps, actor, caseId);
    },
  );
  app.get(
    '/conduct/signal-mappings',
    { schema: { tags, summary: 'Ánh xạ tín hiệu → biểu hiện', response: { 200: contract.signalMappingList, ...errors } } },
    (request) => suggestions.listMappings(deps, actorOf(request)),
  );
  app.put(
    '/conduct/signal-mappings',
    {
      schema: { tags, summary: 'Sửa ánh xạ tín hiệu → biểu hiện', body: contract.signalMappingBody, response: { 200: contract.signalMappingList, ...errors } },
    },
    (request) => suggestions.updateMappings(deps, actorOf(request), request.body),
  );
};
