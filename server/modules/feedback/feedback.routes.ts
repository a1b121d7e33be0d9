import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/feedback.js';
import { uploadedFile } from '../../http/upload.js';
import { actorOf } from '../../http/session.js';
import { validationError } from '../../platform/errors.js';
import type { FeedbackDeps } from './feedback.deps.js';
import { openCaseFromReport } from './feedback.cases.js';
import * as publicChannel from './feedback.public.js';
import { exportQueue } from './feedback.queue-export.js';
import * as queries from './feedback.queries.js';
import * as service from './feedback.service.js';

const publicTags = ['feedback (public)'];
const tags = ['feedback'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 429: problemSchema };

export interface FeedbackRoutesOptions extends FeedbackDeps {
  submitRateLimitPerHour: number;
  trackRateLimitPerMinute: number;
}

function sendFile(reply: FastifyReply, file: { content: Buffer; contentType: string; fileName: string }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.content);
}

/** The tracking code of an upload travels in a header: multipart fields after the file would arrive too late. */
function trackingCodeHeader(request: FastifyRequest): string {
  const value = request.headers['x-tracking-code'];
  const code = typeof value === 'string' ? contract.normalizeTrackingCode(value) : '';
  if (!contract.isTrackingCode(code)) {
    throw validationError([{ field: 'headers.x-tracking-code', message: { vi: 'Mã theo dõi không đúng định dạng', en: 'The tracking code is malformed' } }]);
  }
  return code;
}

/**
 * The public channel: no session, no CSRF cookie, strict schemas, per-address rate limits kept in
 * memory (no address is stored), and nothing that reveals whether a code exists beyond 404.
 */
export const feedbackPublicRoutes: FastifyPluginAsyncZod<FeedbackRoutesOptions> = async (app, deps) => {
  const read = { isPublic: true, rateLimit: { max: deps.trackRateLimitPerMinute, timeWindow: '1 minute' } };
  const submit = { isPublic: true, rateLimit: { max: deps.submitRateLimitPerHour, timeWindow: '1 hour' } };
  app.get(
    '/public/feedback/agencies',
    { config: read, schema: { tags: publicTags, summary: 'Cơ quan tiếp nhận phản ánh', response: { 200: contract.publicAgencyList, ...errors } } },
    () => publicChannel.listPublicAgencies(deps),
  );
  app.get(
    '/public/feedback/agencies/:agencyId/units',
    {
      config: read,
      schema: { tags: publicTags, summary: 'Đơn vị của cơ quan', params: contract.publicAgencyParams, response: { 200: contract.publicUnitList, ...errors } },
    },
    (request) => publicChannel.listPublicUnits(deps, request.params.agencyId),
  );
  app.post(
    '/public/feedback/reports',
    {
      config: submit,
      schema: {
        tags: publicTags,
        summary: 'Gửi phản ánh (không cần đăng nhập)',
        body: contract.submitReportBody,
        response: { 200: contract.submitReportResponse, ...errors },
      },
    },
    (request) => publicChannel.submitReport(deps, request.body),
  );
  app.post(
    '/public/feedback/track',
    {
      config: read,
      schema: { tags: publicTags, summary: 'Theo dõi phản ánh bằng mã', body: contract.trackBody, response: { 200: contract.trackedReportSchema, ...errors } },
    },
    (request) => publicChannel.trackReport(deps, request.body.code),
  );
  app.post(
    '/public/feedback/track/messages',
    {
      config: read,
      schema: {
        tags: publicTags,
        summary: 'Bổ sung thông tin, trao đổi',
        body: contract.trackMessageBody,
        response: { 200: contract.trackedReportSchema, ...errors },
      },
    },
    (request) => publicChannel.addReporterMessage(deps, request.body.code, request.body.body),
  );
  app.post(
    '/public/feedback/track/rating',
    {
      config: read,
      schema: { tags: publicTags, summary: 'Đánh giá kết quả trả lời', body: contract.rateBody, response: { 200: contract.trackedReportSchema, ...errors } },
    },
    (request) => publicChannel.rateAnswer(deps, request.body.code, request.body.score, request.body.comment),
  );
  app.post(
    '/public/feedback/track/attachments',
    {
      config: submit,
      schema: {
        tags: publicTags,
        summary: 'Gửi kèm ảnh, PDF (tối đa 10 MB; mã theo dõi trong header x-tracking-code)',
        consumes: ['multipart/form-data'],
        response: { 200: contract.trackedReportSchema, ...errors },
      },
    },
    async (request) => {
      const code = trackingCodeHeader(request);
      return publicChannel.addReporterAttachment(deps, code, await uploadedFile(request));
    },
  );
  app.post(
    '/public/feedback/track/attachments/:attachmentId',
    { config: read, schema: { tags: publicTags, summary: 'Tải tệp của phản ánh', params: contract.trackAttachmentParams, body: contract.trackBody } },
    async (request, reply) => sendFile(reply, await publicChannel.readReporterAttachment(deps, request.body.code, request.params.attachmentId)),
  );
};

export const feedbackStaffRoutes: FastifyPluginAsyncZod<FeedbackDeps> = async (app, deps) => {
  const one = { tags, params: idParams, response: { 200: contract.feedbackReportSchema, ...errors } };
  const answerWithReport = (request: FastifyRequest) => queries.getReport(deps, actorOf(request), (request.params as { id: string }).id);

  app.get(
    '/feedback/reports',
    {
      schema: {
        tags,
        summary: 'Phản ánh của người dân: hàng chờ',
        querystring: contract.feedbackQueueQuery,
        response: { 200: contract.feedbackQueuePage, ...errors },
      },
    },
    (request) => queries.listQueue(deps, actorOf(request), request.query),
  );
  app.get(
    '/feedback/reports/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel hàng chờ phản ánh (theo bộ lọc đang xem)',
        querystring: contract.feedbackQueueQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportQueue(deps, actorOf(request), request.query, reply),
  );
  app.get('/feedback/reports/:id', { schema: { ...one, summary: 'Một phản ánh' } }, (request) => answerWithReport(request));
  app.post('/feedback/reports/:id/accept', { schema: { ...one, summary: 'Tiếp nhận phản ánh' } }, async (request) => {
    await service.acceptReport(deps, actorOf(request), request.params.id);
    return answerWithReport(request);
  });
  app.post('/feedback/reports/:id/reject', { schema: { ...one, summary: 'Không tiếp nhận (nêu lý do)', body: contract.rejectReportBody } }, async (request) => {
    await service.rejectReport(deps, actorOf(request), request.params.id, request.body.reason);
    return answerWithReport(request);
  });
  app.post('/feedback/reports/:id/classify', { schema: { ...one, summary: 'Phân loại', body: contract.classifyReportBody } }, async (request) => {
    await service.classifyReport(deps, actorOf(request), request.params.id, request.body);
    return answerWithReport(request);
  });
  app.post('/feedback/reports/:id/route', { schema: { ...one, summary: 'Chuyển đơn vị xử lý', body: contract.routeReportBody } }, async (request) => {
    await service.routeReport(deps, actorOf(request), request.params.id, request.body);
    return answerWithReport(request);
  });
  app.post('/feedback/reports/:id/answer', { schema: { ...one, summary: 'Trả lời người phản ánh', body: contract.answerReportBody } }, async (request) => {
    await service.answerReport(deps, actorOf(request), request.params.id, request.body.answer);
    return answerWithReport(request);
  });
  app.post(
    '/feedback/reports/:id/open-case',
    { schema: { ...one, summary: 'Mở vụ việc xem xét (module kỷ luật)', body: contract.openCaseFromReportBody } },
    async (request) => {
      await openCaseFromReport(deps, actorOf(request), request.params.id, request.body);
      return answerWithReport(request);
    },
  );
  app.post(
    '/feedback/reports/:id/messages',
    { schema: { ...one, summary: 'Trao đổi với người phản ánh', body: contract.staffMessageBody } },
    async (request) => {
      await service.addStaffMessage(deps, actorOf(request), request.params.id, request.body.body);
      return answerWithReport(request);
    },
  );
  app.post(
    '/feedback/reports/:id/attachments',
    { schema: { ...one, summary: 'Thêm văn bản, ảnh minh chứng', consumes: ['multipart/form-data'] } },
    async (request) => {
      await service.addStaffAttachment(deps, actorOf(request), request.params.id, await uploadedFile(request));
      return answerWithReport(request);
    },
  );
  app.get(
    '/feedback/reports/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Tải tệp', params: contract.feedbackAttachmentParams } },
    async (request, reply) => sendFile(reply, await queries.readStaffAttachment(deps, actorOf(request), request.params.id, request.params.attachmentId)),
  );
  app.post(
    '/feedback/reports/:id/identity',
    {
      schema: {
        tags,
        summary: 'Xem danh tính người phản ánh (chỉ cán bộ kiểm tra; ghi nhật ký)',
        params: idParams,
        body: contract.readIdentityBody,
        response: { 200: contract.reporterIdentitySchema, ...errors },
      },
    },
    (request) => service.readReporterIdentity(deps, actorOf(request), request.params.id, request.body.purpose),
  );
};
