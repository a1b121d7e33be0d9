import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/plans.js';
import { actorOf } from '../../http/session.js';
import type { DocumentsDeps } from './documents.deps.js';
import { canWritePlan } from './documents.policy.js';
import * as queries from './plans.queries.js';
import * as service from './plans.service.js';
import { lookupAssignableTargets } from './plans.target-lookup.js';
import { exportTraceability } from './plans.traceability-export.js';

const tags = ['plans'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export const planRoutes: FastifyPluginAsyncZod<DocumentsDeps> = async (app, deps) => {
  app.post(
    '/plans',
    { schema: { tags, summary: 'Ban hành kế hoạch thực hiện một văn bản', body: contract.createPlanBody, response: { 200: contract.planSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const id = await service.createPlan(deps, actor, request.body);
      return queries.getPlan(deps, actor, id);
    },
  );
  app.get(
    '/plans/:id',
    { schema: { tags, summary: 'Kế hoạch, chỉ tiêu và tiến độ', params: idParams, response: { 200: contract.planSchema, ...errors } } },
    (request) => queries.getPlan(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/plans/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đơn vị, mục đích yêu cầu của kế hoạch',
        params: idParams,
        body: contract.updatePlanBody,
        response: { 200: contract.planSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.updatePlan(deps, actor, request.params.id, request.body);
      return queries.getPlan(deps, actor, request.params.id);
    },
  );
  app.post(
    '/plans/:id/targets',
    { schema: { tags, summary: 'Thêm chỉ tiêu', params: idParams, body: contract.targetInput, response: { 200: contract.planSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.addTarget(deps, actor, request.params.id, request.body);
      return queries.getPlan(deps, actor, request.params.id);
    },
  );
  app.put(
    '/plans/:id/targets/:targetId',
    { schema: { tags, summary: 'Sửa chỉ tiêu', params: contract.targetParams, body: contract.targetInput, response: { 200: contract.planSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.updateTarget(deps, actor, request.params.id, request.params.targetId, request.body);
      return queries.getPlan(deps, actor, request.params.id);
    },
  );
  app.delete(
    '/plans/:id/targets/:targetId',
    {
      schema: { tags, summary: 'Xóa chỉ tiêu (khi chưa giao nhiệm vụ nào)', params: contract.targetParams, response: { 200: contract.planSchema, ...errors } },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.removeTarget(deps, actor, request.params.id, request.params.targetId);
      return queries.getPlan(deps, actor, request.params.id);
    },
  );
  app.post(
    '/plans/:id/targets/:targetId/reached',
    {
      schema: {
        tags,
        summary: 'Cập nhật giá trị đạt được',
        params: contract.targetParams,
        body: contract.reachedInput,
        response: { 200: contract.planSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.reportReached(deps, actor, request.params.id, request.params.targetId, request.body.reachedValue, (path) => canWritePlan(actor, path));
      return queries.getPlan(deps, actor, request.params.id);
    },
  );
  app.get(
    '/plan-targets',
    {
      schema: {
        tags,
        summary: 'Chỉ tiêu mà người dùng được giao việc thực hiện (chọn nguồn khi giao việc)',
        querystring: contract.targetLookupQuery,
        response: { 200: contract.targetLookupResponse, ...errors },
      },
    },
    (request) => lookupAssignableTargets(deps, actorOf(request), request.query.q || undefined),
  );
  app.get(
    '/plan-targets/:id',
    { schema: { tags, summary: 'Một chỉ tiêu (nguồn của nhiệm vụ)', params: idParams, response: { 200: contract.targetRefSchema, ...errors } } },
    (request) => queries.getTargetRef(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/documents/:id/traceability',
    {
      schema: {
        tags,
        summary: 'Truy vết: văn bản → kế hoạch → chỉ tiêu → nhiệm vụ → kết quả',
        params: idParams,
        response: { 200: contract.traceabilitySchema, ...errors },
      },
    },
    (request) => queries.traceability(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/documents/:id/traceability/export.xlsx',
    { schema: { tags, summary: 'Xuất Excel bảng truy vết của văn bản', params: idParams, querystring: exportQuery, response: errors } },
    (request, reply) => exportTraceability(deps, actorOf(request), request.params.id, request.query, reply),
  );
};
