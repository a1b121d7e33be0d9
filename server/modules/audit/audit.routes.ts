import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPage, auditQuery, auditVerifyResponse } from '../../../contracts/audit.js';
import { exportQuery, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import type { Clock } from '../../platform/clock.js';
import { exportAudit } from './audit.export.js';
import * as service from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<service.AuditDeps & { clock: Clock }> = async (app, deps) => {
  app.get(
    '/audit',
    { schema: { tags: ['audit'], summary: 'Nhật ký hệ thống', querystring: auditQuery, response: { 200: auditPage, 400: problemSchema, 403: problemSchema } } },
    (request) => service.listAudit(deps, actorOf(request), request.query),
  );
  app.get(
    '/audit/export.xlsx',
    {
      schema: {
        tags: ['audit'],
        summary: 'Xuất Excel nhật ký hệ thống (theo bộ lọc)',
        querystring: auditQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: { 400: problemSchema, 403: problemSchema },
      },
    },
    (request, reply) => exportAudit(deps, actorOf(request), request.query, reply),
  );
  app.get(
    '/audit/verify',
    { schema: { tags: ['audit'], summary: 'Kiểm tra chuỗi băm của nhật ký', response: { 200: auditVerifyResponse, 403: problemSchema } } },
    (request) => service.verifyAuditChain(deps, actorOf(request)),
  );
};
