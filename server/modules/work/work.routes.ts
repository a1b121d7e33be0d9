import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/work.js';
import { commentWithMentionsBody, extendTaskBody } from '../../../contracts/work-views.js';
import { uploadedFile } from '../../http/upload.js';
import { actorOf } from '../../http/session.js';
import type { FileStore } from '../../platform/files.js';
import type { NameCache } from '../org/index.js';
import * as attachments from './work.attachments.js';
import { exportDashboard, exportTasks } from './work.export.js';
import type { WorkDeps } from './work.deps.js';
import * as queries from './work.queries.js';
import * as assign from './work.assign.js';
import * as service from './work.service.js';
import { workStructureRoutes } from './work.structure.routes.js';
import { importTasks } from './work.import.js';
import { importQuery, importReport } from '../../../contracts/org.js';
import type { WorkCommand } from './work.state.js';
import { workViewRoutes } from './work.views-routes.js';

const tags = ['work'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Each lifecycle command is its own endpoint: POST /tasks/:id/<verb>, answering with the task after it. */
const commands: { path: string; summary: string; body: z.ZodType; toCommand: (body: never) => WorkCommand }[] = [
  { path: 'accept', summary: 'Tiếp nhận nhiệm vụ', body: contract.acceptTaskBody, toCommand: () => ({ name: 'accept' }) },
  {
    path: 'difficulty',
    summary: 'Báo khó khăn, đề xuất giải pháp',
    body: contract.raiseDifficultyBody,
    toCommand: (b: z.infer<typeof contract.raiseDifficultyBody>) => ({ name: 'raiseDifficulty', ...b }),
  },
  {
    path: 'difficulty/decide',
    summary: 'Quyết định xử lý vướng mắc',
    body: contract.decideDifficultyBody,
    toCommand: (b: z.infer<typeof contract.decideDifficultyBody>) => ({ name: 'decideDifficulty', ...b }) as WorkCommand,
  },
  {
    path: 'progress',
    summary: 'Cập nhật tiến độ',
    body: contract.reportProgressBody,
    toCommand: (b: z.infer<typeof contract.reportProgressBody>) => ({ name: 'reportProgress', ...b }),
  },
  {
    path: 'submit',
    summary: 'Trình kết quả',
    body: contract.submitTaskBody,
    toCommand: (b: z.infer<typeof contract.submitTaskBody>) => ({ name: 'submit', ...b }),
  },
  {
    path: 'accept-result',
    summary: 'Nghiệm thu, đánh giá chất lượng',
    body: contract.acceptResultBody,
    toCommand: (b: z.infer<typeof contract.acceptResultBody>) => ({ name: 'acceptResult', ...b }),
  },
  {
    path: 'return',
    summary: 'Trả lại để làm lại',
    body: contract.returnForReworkBody,
    toCommand: (b: z.infer<typeof contract.returnForReworkBody>) => ({ name: 'returnForRework', ...b }),
  },
  {
    path: 'cancel',
    summary: 'Hủy nhiệm vụ',
    body: contract.cancelTaskBody,
    toCommand: (b: z.infer<typeof contract.cancelTaskBody>) => ({ name: 'cancel', ...b }),
  },
  {
    path: 'reopen',
    summary: 'Mở lại nhiệm vụ',
    body: contract.reopenTaskBody,
    toCommand: (b: z.infer<typeof contract.reopenTaskBody>) => ({ name: 'reopen', ...b }),
  },
  {
    path: 'transfer',
    summary: 'Đề nghị chuyển nhiệm vụ',
    body: contract.requestTransferBody,
    toCommand: (b: z.infer<typeof contract.requestTransferBody>) => ({ name: 'requestTransfer', ...b }),
  },
  {
    path: 'transfer/approve',
    summary: 'Đồng ý chuyển, chọn người nhận',
    body: contract.approveTransferBody,
    toCommand: (b: z.infer<typeof contract.approveTransferBody>) => ({ name: 'approveTransfer', ...b }),
  },
  {
    path: 'transfer/reject',
    summary: 'Không đồng ý chuyển',
    body: contract.rejectTransferBody,
    toCommand: (b: z.infer<typeof contract.rejectTransferBody>) => ({ name: 'rejectTransfer', ...b }),
  },
  {
    path: 'transfer/respond',
    summary: 'Người được đề nghị nhận hoặc từ chối',
    body: contract.respondToTransferBody,
    toCommand: (b: z.infer<typeof contract.respondToTransferBody>) => ({ name: 'respondToTransfer', ...b }) as WorkCommand,
  },
  {
    path: 'extension',
    summary: 'Đề nghị gia hạn',
    body: contract.requestExtensionBody,
    toCommand: (b: z.infer<typeof contract.requestExtensionBody>) => ({ name: 'requestExtension', ...b }),
  },
  {
    path: 'extension/decide',
    summary: 'Quyết định gia hạn',
    body: contract.decideExtensionBody,
    toCommand: (b: z.infer<typeof contract.decideExtensionBody>) => ({ name: 'decideExtension', ...b }),
  },
  {
    path: 'comments',
    summary: 'Trao đổi',
    body: commentWithMentionsBody,
    toCommand: (b: z.infer<typeof commentWithMentionsBody>) => ({ name: 'comment', ...b }),
  },
  {
    path: 'extend',
    summary: 'Gia hạn trực tiếp (người giao việc, trưởng đơn vị)',
    body: extendTaskBody,
    toCommand: (b: z.infer<typeof extendTaskBody>) => ({ name: 'extend', ...b }),
  },
];

export const workRoutes: FastifyPluginAsyncZod<WorkDeps & { files: FileStore; names: NameCache }> = async (app, deps) => {
  app.get(
    '/tasks',
    { schema: { tags, summary: 'Danh sách nhiệm vụ', querystring: contract.taskListQuery, response: { 200: contract.taskPage, ...errors } } },
    (request) => queries.listTasks(deps, actorOf(request), request.query),
  );
  app.get(
    '/tasks/count',
    {
      schema: {
        tags,
        summary: 'Số nhiệm vụ của một danh sách cảnh báo',
        querystring: contract.taskCountQuery,
        response: { 200: contract.taskCount, ...errors },
      },
    },
    (request) => queries.countTasks(deps, actorOf(request), request.query),
  );
  app.get(
    '/tasks/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel danh sách nhiệm vụ (theo bộ lọc)',
        querystring: contract.taskListQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportTasks(deps, actorOf(request), request.query, reply),
  );
  app.post(
    '/tasks',
    { schema: { tags, summary: 'Giao nhiệm vụ', body: contract.createTaskBody, response: { 200: contract.taskSchema, ...errors } } },
    (request) => assign.assignTask(deps, actorOf(request), request.body, { warnsOnNonWorkingDay: true }),
  );
  app.get('/tasks/summary', { schema: { tags, summary: 'Việc của tôi: số liệu', response: { 200: contract.myWorkSummary } } }, (request) =>
    queries.myWorkSummary(deps, actorOf(request)),
  );
  app.get(
    '/tasks/dashboard',
    { schema: { tags, summary: 'Bảng theo dõi của lãnh đạo', querystring: contract.dashboardQuery, response: { 200: contract.dashboardResponse, ...errors } } },
    (request) => queries.unitDashboard(deps, actorOf(request), request.query),
  );
  app.get(
    '/tasks/dashboard/export.xlsx',
    { schema: { tags, summary: 'Xuất Excel bảng theo dõi', querystring: contract.dashboardQuery.extend(exportQuery.shape), response: errors } },
    (request, reply) => exportDashboard(deps, actorOf(request), request.query, reply),
  );
  app.get(
    '/tasks/dashboard/trend',
    { schema: { tags, summary: 'Xu hướng theo tuần', querystring: contract.trendQuery, response: { 200: contract.trendResponse, ...errors } } },
    (request) => queries.weeklyTrend(deps, actorOf(request), request.query),
  );
  app.get('/tasks/:id', { schema: { tags, summary: 'Một nhiệm vụ', params: idParams, response: { 200: contract.taskSchema, ...errors } } }, (request) =>
    queries.getTask(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/tasks/:id/events',
    { schema: { tags, summary: 'Lịch sử xử lý', params: idParams, response: { 200: contract.taskEventList, ...errors } } },
    (request) => queries.listTaskEvents(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/tasks/:id/attachments',
    { schema: { tags, summary: 'Tệp đính kèm, minh chứng', params: idParams, response: { 200: contract.attachmentList, ...errors } } },
    (request) => attachments.listAttachments(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/tasks/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Thêm tệp (PDF, DOCX, XLSX, PNG, JPG; tối đa 10 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: contract.attachmentSchema, ...errors },
      },
    },
    async (request) => {
      const { buffer, fileName } = await uploadedFile(request);
      return attachments.addAttachment(deps, actorOf(request), request.params.id, { buffer, fileName });
    },
  );
  app.get('/tasks/:id/attachments/:attachmentId', { schema: { tags, summary: 'Tải tệp', params: contract.attachmentParams } }, async (request, reply) => {
    const file = await attachments.readAttachment(deps, actorOf(request), request.params.id, request.params.attachmentId);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });
  // Calendar and timeline, saved views, bulk actions, mentions and following (issue 28).
  await app.register(workViewRoutes, deps);
  for (const command of commands) {
    app.post(
      `/tasks/:id/${command.path}`,
      { schema: { tags, summary: command.summary, params: idParams, body: command.body, response: { 200: contract.taskSchema, ...errors } } },
      (request) => service.runCommand(deps, actorOf(request), request.params.id, command.toCommand(request.body as never), { warnsOnNonWorkingDay: true }),
    );
  }
  // Subtasks, checklists, recurring tasks (issue #28).
  await workStructureRoutes(app, deps);
  app.post(
    '/tasks/import',
    {
      schema: {
        tags,
        summary: 'Nhập nhiệm vụ đã có từ .xlsx/.csv, kể cả hạn và kết quả đã qua (dryRun=true để chỉ kiểm tra)',
        querystring: importQuery,
        consumes: ['multipart/form-data'],
        response: { 200: importReport, ...errors },
      },
    },
    async (request) => {
      const { buffer, fileName } = await uploadedFile(request);
      return importTasks(deps, actorOf(request), { buffer, fileName }, request.query.dryRun);
    },
  );
};
