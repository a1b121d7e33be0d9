import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as contract from '../../../contracts/dissemination.js';
import { exportQuery, idParams, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import type { DisseminationDeps } from './dissemination.deps.js';
import { exportAttendance, exportMeetings } from './dissemination.export.js';
import { getConclusionRef, lookupAssignableConclusions } from './meetings.conclusion-source.js';
import * as queries from './meetings.queries.js';
import * as service from './meetings.service.js';

const tags = ['meetings'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export const meetingRoutes: FastifyPluginAsyncZod<DisseminationDeps> = async (app, deps) => {
  app.get(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Hội nghị tôi được mời hoặc tổ chức',
        querystring: contract.meetingListQuery,
        response: { 200: contract.meetingPage, ...errors },
      },
    },
    (request) => queries.listMeetings(deps, actorOf(request), request.query),
  );
  app.get(
    '/meeting-conclusions',
    {
      schema: {
        tags,
        summary: 'Kết luận hội nghị chưa giao việc, để chọn làm nguồn nhiệm vụ',
        querystring: contract.conclusionLookupQuery,
        response: { 200: contract.conclusionLookupResponse, ...errors },
      },
    },
    (request) => lookupAssignableConclusions(deps, actorOf(request), request.query.q || undefined),
  );
  app.get(
    '/meeting-conclusions/:id',
    { schema: { tags, summary: 'Một kết luận hội nghị (nguồn của nhiệm vụ)', params: idParams, response: { 200: contract.conclusionRefSchema, ...errors } } },
    (request) => getConclusionRef(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/meetings/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel danh sách hội nghị',
        querystring: contract.meetingListQuery.omit({ cursor: true, limit: true }).extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportMeetings(deps, actorOf(request), request.query, reply),
  );
  app.get(
    '/meetings/:id/invitations/export.xlsx',
    { schema: { tags, summary: 'Xuất Excel danh sách mời và điểm danh', params: idParams, querystring: exportQuery, response: errors } },
    (request, reply) => exportAttendance(deps, actorOf(request), request.params.id, request.query, reply),
  );
  app.post(
    '/meetings',
    { schema: { tags, summary: 'Tổ chức hội nghị, gửi giấy mời', body: contract.createMeetingBody, response: { 200: contract.meetingSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const id = await service.createMeeting(deps, actor, request.body);
      return queries.getMeeting(deps, actor, id);
    },
  );
  app.get('/meetings/:id', { schema: { tags, summary: 'Một hội nghị', params: idParams, response: { 200: contract.meetingSchema, ...errors } } }, (request) =>
    queries.getMeeting(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/meetings/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Danh sách mời và điểm danh',
        params: idParams,
        querystring: contract.invitationQuery,
        response: { 200: contract.invitationPage, ...errors },
      },
    },
    (request) => queries.listInvitations(deps, actorOf(request), request.params.id, request.query),
  );
  app.post(
    '/meetings/:id/check-in',
    {
      schema: {
        tags,
        summary: 'Tự điểm danh bằng mã của cuộc họp',
        params: idParams,
        body: contract.checkInBody,
        response: { 200: contract.meetingSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.checkIn(deps, actor, request.params.id, request.body.code);
      return queries.getMeeting(deps, actor, request.params.id);
    },
  );
  app.post(
    '/meetings/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Điểm danh, ghi vắng có/không lý do',
        params: idParams,
        body: contract.markAttendanceBody,
        response: { 200: contract.meetingSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.markAttendance(deps, actor, request.params.id, request.body);
      return queries.getMeeting(deps, actor, request.params.id);
    },
  );
  app.post(
    '/meetings/:id/minutes',
    { schema: { tags, summary: 'Ghi biên bản', params: idParams, body: contract.minutesBody, response: { 200: contract.meetingSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.recordMinutes(deps, actor, request.params.id, request.body.minutes);
      return queries.getMeeting(deps, actor, request.params.id);
    },
  );
  app.post(
    '/meetings/:id/conclusions',
    { schema: { tags, summary: 'Thêm kết luận', params: idParams, body: contract.conclusionBody, response: { 200: contract.meetingSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.addConclusion(deps, actor, request.params.id, request.body.text);
      return queries.getMeeting(deps, actor, request.params.id);
    },
  );
  app.post(
    '/meetings/:id/conclusions/:conclusionId/task',
    {
      schema: {
        tags,
        summary: 'Giao kết luận thành nhiệm vụ',
        params: contract.conclusionParams,
        body: contract.conclusionTaskBody,
        response: { 200: z.object({ taskId: z.uuid() }), ...errors },
      },
    },
    async (request) => ({ taskId: await service.conclusionToTask(deps, actorOf(request), request.params.id, request.params.conclusionId, request.body) }),
  );
  app.post(
    '/meetings/:id/close',
    {
      schema: {
        tags,
        summary: 'Chốt điểm danh; người vắng nhận đợt quán triệt gắn với hội nghị',
        params: idParams,
        response: { 200: contract.meetingSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.closeMeeting(deps, actor, request.params.id);
      return queries.getMeeting(deps, actor, request.params.id);
    },
  );
};
