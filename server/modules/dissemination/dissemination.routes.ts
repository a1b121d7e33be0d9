import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as contract from '../../../contracts/dissemination.js';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import type { DisseminationDeps } from './dissemination.deps.js';
import { exportCoverageUnits, exportLaggards } from './dissemination.coverage-export.js';
import { exportCampaigns } from './dissemination.export.js';
import { actOnAssignment } from './dissemination.person.js';
import * as queries from './dissemination.queries.js';
import * as service from './dissemination.service.js';
import { joinLiveCampaigns } from './dissemination.sweep.js';
import { meetingRoutes } from './meetings.routes.js';

const tags = ['dissemination'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const countResponse = z.object({ count: z.number().int() });

export const disseminationRoutes: FastifyPluginAsyncZod<DisseminationDeps> = async (app, deps) => {
  app.get(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'Các đợt quán triệt (đơn vị tổ chức, lãnh đạo)',
        querystring: contract.campaignListQuery,
        response: { 200: contract.campaignPage, ...errors },
      },
    },
    (request) => queries.listCampaigns(deps, actorOf(request), request.query),
  );
  app.get(
    '/campaigns/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel các đợt quán triệt (theo bộ lọc)',
        querystring: contract.campaignListQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportCampaigns(deps, actorOf(request), request.query, reply),
  );
  app.post(
    '/campaigns',
    { schema: { tags, summary: 'Tạo đợt quán triệt (bản nháp)', body: contract.createCampaignBody, response: { 200: contract.campaignSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const id = await service.createCampaign(deps, actor, request.body);
      return queries.getCampaign(deps, actor, id);
    },
  );
  app.get(
    '/campaigns/:id',
    { schema: { tags, summary: 'Một đợt quán triệt', params: idParams, response: { 200: contract.campaignSchema, ...errors } } },
    (request) => queries.getCampaign(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/campaigns/:id',
    { schema: { tags, summary: 'Sửa bản nháp', params: idParams, body: contract.createCampaignBody, response: { 200: contract.campaignSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.updateDraftCampaign(deps, actor, request.params.id, request.body);
      return queries.getCampaign(deps, actor, request.params.id);
    },
  );
  app.post(
    '/campaigns/:id/launch',
    { schema: { tags, summary: 'Phát động: giao cho từng người', params: idParams, response: { 200: contract.campaignSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.launchCampaign(deps, actor, request.params.id);
      return queries.getCampaign(deps, actor, request.params.id);
    },
  );
  app.post(
    '/campaigns/:id/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc đợt quán triệt',
        params: idParams,
        body: contract.closeCampaignBody,
        response: { 200: contract.campaignSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.closeCampaign(deps, actor, request.params.id, request.body.note);
      return queries.getCampaign(deps, actor, request.params.id);
    },
  );
  app.post(
    '/campaigns/:id/remind',
    { schema: { tags, summary: 'Nhắc những người chưa thực hiện', params: idParams, response: { 200: countResponse, ...errors } } },
    async (request) => ({
      count: await service.remindLaggards(deps, actorOf(request), request.params.id),
    }),
  );
  app.post(
    '/campaigns/:id/documents/:documentId/new-version',
    {
      schema: {
        tags,
        summary: 'Chuyển sang phiên bản mới của văn bản: mọi người xác nhận lại',
        params: contract.documentParams,
        response: { 200: countResponse, ...errors },
      },
    },
    async (request) => ({ count: await service.adoptNewVersion(deps, actorOf(request), request.params.id, request.params.documentId) }),
  );
  app.get(
    '/campaigns/:id/coverage',
    {
      schema: {
        tags,
        summary: 'Mức độ bao phủ theo đơn vị',
        params: idParams,
        querystring: contract.coverageQuery,
        response: { 200: contract.coverageResponse, ...errors },
      },
    },
    (request) => queries.getCoverage(deps, actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/campaigns/:id/coverage/units',
    {
      schema: {
        tags,
        summary: 'Số của từng đơn vị, theo trang (để xuất đầy đủ)',
        params: idParams,
        querystring: contract.coverageUnitsQuery,
        response: { 200: contract.coverageUnitPage, ...errors },
      },
    },
    (request) => queries.listCoverageUnits(deps, actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/campaigns/:id/laggards',
    {
      schema: {
        tags,
        summary: 'Người chưa thực hiện',
        params: idParams,
        querystring: contract.laggardQuery,
        response: { 200: contract.laggardPage, ...errors },
      },
    },
    (request) => queries.listLaggards(deps, actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/campaigns/:id/coverage/units/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel số của từng đơn vị (đơn vị đang chọn và cấp dưới)',
        params: idParams,
        querystring: contract.coverageUnitsQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportCoverageUnits(deps, actorOf(request), request.params.id, request.query, reply),
  );
  app.get(
    '/campaigns/:id/laggards/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel người chưa thực hiện',
        params: idParams,
        querystring: contract.laggardQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportLaggards(deps, actorOf(request), request.params.id, request.query, reply),
  );

  app.get(
    '/dissemination/mine',
    { schema: { tags, summary: 'Việc quán triệt của tôi', querystring: contract.myAssignmentQuery, response: { 200: contract.assignmentPage, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      if (actor.personId && !request.query.cursor) await joinLiveCampaigns(deps, actor.agencyId, actor.personId);
      return queries.listMyAssignments(deps, actor, request.query);
    },
  );
  app.get(
    '/dissemination/assignments/:id',
    { schema: { tags, summary: 'Một việc quán triệt của tôi', params: idParams, response: { 200: contract.assignmentSchema, ...errors } } },
    (request) => queries.getMyAssignment(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/dissemination/assignments/:id/events',
    { schema: { tags, summary: 'Lịch sử đọc, xác nhận theo phiên bản', params: idParams, response: { 200: contract.assignmentEventList, ...errors } } },
    (request) => queries.listMyAssignmentEvents(deps, actorOf(request), request.params.id),
  );
  const act = (name: 'open' | 'acknowledge') => async (request: { params: { id: string } } & Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(request);
    await actOnAssignment(deps, actor, request.params.id, { name });
    return queries.getMyAssignment(deps, actor, request.params.id);
  };
  app.post(
    '/dissemination/assignments/:id/open',
    { schema: { tags, summary: 'Đã mở, đọc văn bản', params: idParams, response: { 200: contract.assignmentSchema, ...errors } } },
    act('open'),
  );
  app.post(
    '/dissemination/assignments/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Xác nhận đã đọc, nắm nội dung',
        params: idParams,
        body: contract.acknowledgeBody,
        response: { 200: contract.assignmentSchema, ...errors },
      },
    },
    act('acknowledge'),
  );
  app.post(
    '/dissemination/assignments/:id/commit',
    {
      schema: {
        tags,
        summary: 'Ký cam kết (gõ đúng họ tên)',
        params: idParams,
        body: contract.commitBody,
        response: { 200: contract.assignmentSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await actOnAssignment(deps, actor, request.params.id, { name: 'commit', typedName: request.body.typedName });
      return queries.getMyAssignment(deps, actor, request.params.id);
    },
  );
  app.post(
    '/dissemination/assignments/:id/quiz',
    {
      schema: {
        tags,
        summary: 'Trả lời câu hỏi kiểm tra',
        params: idParams,
        body: contract.quizAnswersBody,
        response: { 200: contract.quizResultSchema, ...errors },
      },
    },
    async (request) => {
      const score = await actOnAssignment(deps, actorOf(request), request.params.id, { name: 'answerQuiz', answers: request.body.answers });
      return score!;
    },
  );
  app.get(
    '/dissemination/summary',
    { schema: { tags, summary: 'Số việc quán triệt, hội nghị của tôi', response: { 200: contract.disseminationSummary } } },
    (request) => queries.mySummary(deps, actorOf(request)),
  );

  await app.register(meetingRoutes, deps);
};
