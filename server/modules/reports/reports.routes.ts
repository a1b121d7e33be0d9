import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/reports.js';
import { actorOf } from '../../http/session.js';
import type { ReportsDeps } from './reports.deps.js';
import * as queries from './reports.queries.js';
import * as service from './reports.service.js';

const tags = ['reports'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export const reportRoutes: FastifyPluginAsyncZod<ReportsDeps> = async (app, deps) => {
  app.get('/reports/runs', { schema: { tags, summary: 'Các báo cáo đã lập', response: { 200: contract.reportRunList, ...errors } } }, (request) => queries.listRuns(deps, actorOf(request)));
  app.post('/reports/runs', { schema: { tags, summary: 'Lập dự thảo báo cáo thực hiện Chỉ thị 24 (chạy nền)', body: contract.createReportBody, response: { 200: contract.reportRunSchema, ...errors } } }, async (request) => {
    const actor = actorOf(request);
    return queries.getRun(deps, actor, await service.requestReport(deps, actor, request.body));
  });
  app.get('/reports/runs/:id', { schema: { tags, summary: 'Tiến độ lập báo cáo', params: idParams, response: { 200: contract.reportRunSchema, ...errors } } }, (request) =>
    queries.getRun(deps, actorOf(request), request.params.id),
  );
  app.get('/reports/runs/:id/file', { schema: { tags, summary: 'Tải báo cáo (.docx)', params: idParams } }, async (request, reply) => {
    const file = await queries.readRunFile(deps, actorOf(request), request.params.id);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.content);
  });
};
