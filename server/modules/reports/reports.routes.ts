import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/reports.js';
import { actorOf } from '../../http/session.js';
import type { ReportsDeps } from './reports.deps.js';
import * as queries from './reports.queries.js';
import * as service from './reports.service.js';
import { accountabilityOf } from './accountability.queries.js';
import { publishUnitAccountability } from './accountability.service.js';

const tags = ['reports'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export const reportRoutes: FastifyPluginAsyncZod<ReportsDeps> = async (app, deps) => {
  app.get('/reports/runs', { schema: { tags, summary: 'Các báo cáo đã lập', response: { 200: contract.reportRunList, ...errors } } }, (request) =>
    queries.listRuns(deps, actorOf(request)),
  );
  app.post(
    '/reports/runs',
    {
      schema: {
        tags,
        summary: 'Lập dự thảo báo cáo thực hiện Chỉ thị 24 (chạy nền)',
        body: contract.createReportBody,
        response: { 200: contract.reportRunSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return queries.getRun(deps, actor, await service.requestReport(deps, actor, request.body));
    },
  );
  app.get(
    '/reports/runs/:id',
    { schema: { tags, summary: 'Tiến độ lập báo cáo', params: idParams, response: { 200: contract.reportRunSchema, ...errors } } },
    (request) => queries.getRun(deps, actorOf(request), request.params.id),
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
  await app.register(accountabilityRoutes, deps);
};

/** Which units' aggregated figures the public accountability page shows. */
export const accountabilityRoutes: FastifyPluginAsyncZod<ReportsDeps> = async (app, deps) => {
  app.get(
    '/reports/accountability',
    { schema: { tags, summary: 'Số liệu công khai của các đơn vị đăng ký', response: { 200: contract.accountabilityList, ...errors } } },
    (request) => accountabilityOf(deps.db, actorOf(request).agencyId, deps.clock.now()),
  );
  app.put(
    '/reports/accountability/units/:id',
    {
      schema: {
        tags,
        summary: 'Đăng ký hoặc thôi công khai số liệu của đơn vị',
        params: idParams,
        body: contract.publishAccountabilityBody,
        response: { 200: contract.accountabilityList, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await publishUnitAccountability(deps, actor, request.params.id, request.body.isPublished);
      return accountabilityOf(deps.db, actor.agencyId, deps.clock.now());
    },
  );
};
