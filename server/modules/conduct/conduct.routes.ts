import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/conduct.js';
import { uploadedFile } from '../../http/upload.js';
import { actorOf } from '../../http/session.js';
import type { FileStore } from '../../platform/files.js';
import { catalogRoutes } from './conduct.catalog.routes.js';
import type { ConductDeps } from './conduct.deps.js';
import { exportCases } from './conduct.export.js';
import { suggestionRoutes } from './conduct.suggestions.routes.js';
import { formsValidOn } from './conduct.measures.js';
import { openCase } from './conduct.open.js';
import * as queries from './conduct.queries.js';
import type { CaseCommand } from './conduct.rules.js';
import * as service from './conduct.service.js';

const tags = ['conduct'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Each due-process step is its own endpoint: POST /conduct/cases/:id/<verb>, answering with the case after it. */
const commands: { path: string; summary: string; body: z.ZodType; toCommand: (body: never) => CaseCommand }[] = [
  { path: 'verify', summary: 'Xác minh', body: contract.verifyCaseBody, toCommand: (b: z.infer<typeof contract.verifyCaseBody>) => ({ name: 'verify', ...b }) },
  {
    path: 'request-explanation',
    summary: 'Yêu cầu giải trình (thời hạn theo ngày làm việc)',
    body: contract.requestExplanationBody,
    toCommand: (b: z.infer<typeof contract.requestExplanationBody>) => ({ name: 'requestExplanation', ...b }),
  },
  {
    path: 'explanation',
    summary: 'Đương sự giải trình',
    body: contract.submitExplanationBody,
    toCommand: (b: z.infer<typeof contract.submitExplanationBody>) => ({ name: 'submitExplanation', ...b }),
  },
  {
    path: 'conclude',
    summary: 'Kết luận',
    body: contract.concludeCaseBody,
    toCommand: (b: z.infer<typeof contract.concludeCaseBody>) => ({ name: 'conclude', ...b }) as CaseCommand,
  },
  {
    path: 'measure',
    summary: 'Quyết định biện pháp xử lý',
    body: contract.decideMeasureBody,
    toCommand: (b: z.infer<typeof contract.decideMeasureBody>) => ({ name: 'decideMeasure', ...b }) as CaseCommand,
  },
  {
    path: 'notify',
    summary: 'Thông báo cho đương sự',
    body: contract.notifyCaseBody,
    toCommand: (b: z.infer<typeof contract.notifyCaseBody>) => ({ name: 'notify', ...b }),
  },
  {
    path: 'close',
    summary: 'Kết thúc vụ việc (hết thời hạn khiếu nại)',
    body: contract.closeCaseBody,
    toCommand: (b: z.infer<typeof contract.closeCaseBody>) => ({ name: 'close', ...b }),
  },
  {
    path: 'defer',
    summary: 'Tạm chưa xem xét (theo căn cứ pháp lý)',
    body: contract.deferCaseBody,
    toCommand: (b: z.infer<typeof contract.deferCaseBody>) => ({ name: 'defer', ...b }),
  },
  {
    path: 'resume',
    summary: 'Tiếp tục xem xét',
    body: contract.resumeCaseBody,
    toCommand: (b: z.infer<typeof contract.resumeCaseBody>) => ({ name: 'resume', ...b }),
  },
  {
    path: 'dismiss',
    summary: 'Không xử lý, đóng vụ việc',
    body: contract.dismissCaseBody,
    toCommand: (b: z.infer<typeof contract.dismissCaseBody>) => ({ name: 'dismiss', ...b }),
  },
  {
    path: 'extend',
    summary: 'Gia hạn thời hạn xử lý (tối đa 150 ngày)',
    body: contract.extendHandlingBody,
    toCommand: (b: z.infer<typeof contract.extendHandlingBody>) => ({ name: 'extendHandling', ...b }),
  },
  {
    path: 'assign',
    summary: 'Giao kiểm tra viên thụ lý',
    body: contract.assignInspectorBody,
    toCommand: (b: z.infer<typeof contract.assignInspectorBody>) => ({ name: 'assignInspector', ...b }),
  },
];

export const conductRoutes: FastifyPluginAsyncZod<ConductDeps & { files: FileStore }> = async (app, deps) => {
  await app.register(catalogRoutes, deps);
  await app.register(suggestionRoutes, deps);
  app.get(
    '/conduct/cases',
    { schema: { tags, summary: 'Danh sách vụ việc', querystring: contract.caseListQuery, response: { 200: contract.casePage, ...errors } } },
    (request) => queries.listCases(deps, actorOf(request), request.query),
  );
  app.get(
    '/conduct/cases/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel danh sách vụ việc (theo bộ lọc)',
        querystring: contract.caseListQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportCases(deps, actorOf(request), request.query, reply),
  );
  app.post(
    '/conduct/cases',
    { schema: { tags, summary: 'Ghi nhận vụ việc', body: contract.openCaseBody, response: { 200: contract.caseSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const opened = await openCase(deps, actor, request.body);
      return queries.getCase(deps, actor, opened.id);
    },
  );
  app.get('/conduct/cases/:id', { schema: { tags, summary: 'Một vụ việc', params: idParams, response: { 200: contract.caseSchema, ...errors } } }, (request) =>
    queries.getCase(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/conduct/cases/:id/events',
    { schema: { tags, summary: 'Diễn biến xử lý', params: idParams, response: { 200: contract.caseEventList, ...errors } } },
    (request) => queries.listCaseEvents(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/conduct/cases/:id/files',
    { schema: { tags, summary: 'Chứng cứ', params: idParams, response: { 200: contract.caseFileList, ...errors } } },
    (request) => queries.listCaseFiles(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/conduct/cases/:id/files',
    {
      schema: {
        tags,
        summary: 'Thêm chứng cứ (PDF, DOCX, XLSX, PNG, JPG; tối đa 10 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        querystring: z.object({ sealed: z.enum(['true', 'false']).default('false').describe('Chứng cứ niêm phong: đương sự không thấy') }),
        response: { 200: contract.caseFileSchema, ...errors },
      },
    },
    async (request) => {
      const { buffer, fileName } = await uploadedFile(request);
      return service.addEvidence(deps, actorOf(request), request.params.id, { buffer, fileName, isSealed: request.query.sealed === 'true' });
    },
  );
  app.get('/conduct/cases/:id/files/:fileId', { schema: { tags, summary: 'Tải chứng cứ', params: contract.caseFileParams } }, async (request, reply) => {
    const file = await service.readEvidence(deps, actorOf(request), request.params.id, request.params.fileId);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });
  app.get(
    '/conduct/discipline-forms',
    {
      schema: {
        tags,
        summary: 'Hình thức kỷ luật còn hiệu lực theo diện và ngày',
        querystring: contract.disciplineFormQuery,
        response: { 200: contract.disciplineFormList, ...errors },
      },
    },
    (request) => ({
      items: formsValidOn(request.query.category, request.query.on).map((form) => ({ code: form.code, name: form.name, source: form.source, note: form.note })),
    }),
  );
  for (const command of commands) {
    app.post(
      `/conduct/cases/:id/${command.path}`,
      { schema: { tags, summary: command.summary, params: idParams, body: command.body, response: { 200: contract.caseSchema, ...errors } } },
      async (request) => {
        const actor = actorOf(request);
        await service.runCaseCommand(deps, actor, request.params.id, command.toCommand(request.body as never));
        return queries.getCase(deps, actor, request.params.id);
      },
    );
  }
};
