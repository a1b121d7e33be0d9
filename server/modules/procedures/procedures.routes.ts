import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../../contracts/procedures.js';
import { idParams, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import { cancelRun } from './procedures.cancel.js';
import type { ProceduresDeps } from './procedures.deps.js';
import { exportRoutes } from './procedures.export-routes.js';
import * as queries from './procedures.queries.js';
import { responsibilityRoutes } from './procedures.responsibility-routes.js';
import * as runQueries from './procedures.run-queries.js';
import * as runs from './procedures.runs.js';
import { getRadar } from './procedures.radar.js';
import * as service from './procedures.service.js';

const tags = ['procedures'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const decisions = [
  { path: 'submit', summary: 'Trình duyệt bản dự thảo', action: 'submit' },
  { path: 'approve', summary: 'Phê duyệt (trưởng đơn vị, lãnh đạo)', action: 'approve' },
  { path: 'return', summary: 'Trả lại để sửa', action: 'return' },
  { path: 'publish', summary: 'Ban hành: bản cũ hết hiệu lực, các lượt đang chạy giữ bản của mình', action: 'publish' },
] as const;

export const procedureRoutes: FastifyPluginAsyncZod<ProceduresDeps> = async (app, deps) => {
  app.get(
    '/procedures',
    { schema: { tags, summary: 'Danh sách quy trình', querystring: contract.procedureListQuery, response: { 200: contract.procedurePage, ...errors } } },
    (request) => queries.listProcedures(deps, actorOf(request), request.query),
  );
  app.post(
    '/procedures',
    {
      schema: {
        tags,
        summary: 'Xây dựng quy trình (bản dự thảo lần 1)',
        body: contract.createProcedureBody,
        response: { 200: contract.procedureDetail, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { procedureId } = await service.createProcedure(deps, actor, request.body);
      return queries.getProcedure(deps, actor, procedureId);
    },
  );
  app.get(
    '/procedures/:id',
    { schema: { tags, summary: 'Một quy trình và lịch sử sửa đổi', params: idParams, response: { 200: contract.procedureDetail, ...errors } } },
    (request) => queries.getProcedure(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/procedures/:id/drafts',
    { schema: { tags, summary: 'Mở lần sửa đổi mới (sao từ bản gần nhất)', params: idParams, response: { 200: contract.versionSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      return queries.getVersion(deps, actor, await service.openDraft(deps, actor, request.params.id));
    },
  );
  app.get(
    '/procedure-versions/:id',
    { schema: { tags, summary: 'Một bản (lần ban hành) của quy trình', params: idParams, response: { 200: contract.versionSchema, ...errors } } },
    (request) => queries.getVersion(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/procedure-versions/:id',
    {
      schema: { tags, summary: 'Sửa bản dự thảo', params: idParams, body: contract.versionContentInput, response: { 200: contract.versionSchema, ...errors } },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.updateDraft(deps, actor, request.params.id, request.body);
      return queries.getVersion(deps, actor, request.params.id);
    },
  );
  for (const decision of decisions) {
    app.post(
      `/procedure-versions/:id/${decision.path}`,
      { schema: { tags, summary: decision.summary, params: idParams, body: contract.decisionBody, response: { 200: contract.versionSchema, ...errors } } },
      async (request) => {
        const actor = actorOf(request);
        await service.decideVersion(deps, actor, request.params.id, decision.action, (request.body as { note: string }).note);
        return queries.getVersion(deps, actor, request.params.id);
      },
    );
  }
  app.get(
    '/procedure-versions/:id/radar',
    { schema: { tags, summary: 'Thời gian lưu ở từng bước', params: idParams, response: { 200: contract.radarSchema, ...errors } } },
    (request) => getRadar(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/procedure-versions/:id/runs',
    {
      schema: {
        tags,
        summary: 'Bắt đầu thực hiện quy trình cho một hồ sơ, việc',
        params: idParams,
        body: contract.startRunBody,
        response: { 200: contract.runSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return runQueries.getRun(deps, actor, await runs.startRun(deps, actor, request.params.id, request.body));
    },
  );
  app.get(
    '/procedure-runs',
    { schema: { tags, summary: 'Các lượt thực hiện quy trình', querystring: contract.runListQuery, response: { 200: contract.runPage, ...errors } } },
    (request) => runQueries.listRuns(deps, actorOf(request), request.query),
  );
  app.get(
    '/procedure-runs/:id',
    { schema: { tags, summary: 'Lượt thực hiện và phiếu kiểm soát quá trình', params: idParams, response: { 200: contract.runSchema, ...errors } } },
    (request) => runQueries.getRun(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/procedure-runs/:id/promise',
    {
      schema: {
        tags,
        summary: 'Trễ hạn: ghi lý do và hẹn lại ngày',
        params: idParams,
        body: contract.promiseBody,
        response: { 200: contract.runSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await runs.promiseRun(deps, actor, request.params.id, request.body);
      return runQueries.getRun(deps, actor, request.params.id);
    },
  );
  app.post(
    '/procedure-runs/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Dừng thực hiện quy trình (ghi lý do); các bước đang mở được hủy theo quy tắc giao việc',
        params: idParams,
        body: contract.cancelRunBody,
        response: { 200: contract.runSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await cancelRun(deps, actor, request.params.id, request.body);
      return runQueries.getRun(deps, actor, request.params.id);
    },
  );
  await app.register(exportRoutes, deps);
  await app.register(responsibilityRoutes, deps);
};
