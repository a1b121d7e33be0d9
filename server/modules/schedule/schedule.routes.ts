import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/schedule.js';
import { actorOf } from '../../http/session.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { agencyNameOf } from '../org/index.js';
import type { ScheduleDeps } from './schedule.deps.js';
import { weeklyScheduleDocx } from './schedule.docx.js';
import { DOCX_TYPE, XLSX_TYPE } from './schedule.layout.js';
import * as queries from './schedule.queries.js';
import * as service from './schedule.service.js';
import { weeklyScheduleWorkbook } from './schedule.sheet.js';

const tags = ['schedule'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const week = { 200: contract.weeklyScheduleSchema, ...errors };
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const scheduleRoutes: FastifyPluginAsyncZod<ScheduleDeps> = async (app, deps) => {
  app.get(
    '/weekly-schedules',
    { schema: { tags, summary: 'Lịch công tác tuần (và các hội nghị trong tuần)', querystring: contract.weekQuery, response: week } },
    (request) => queries.getWeek(deps, actorOf(request), request.query.week),
  );
  app.post(
    '/weekly-schedules',
    { schema: { tags, summary: 'Soạn lịch tuần (Văn phòng)', body: contract.createScheduleBody, response: week } },
    async (request) => {
      const actor = actorOf(request);
      return queries.getScheduleWeek(deps, actor, await service.createSchedule(deps, actor, request.body.week));
    },
  );
  app.post(
    '/weekly-schedules/:id/entries',
    { schema: { tags, summary: 'Thêm mục lịch', params: idParams, body: contract.entryBody, response: week } },
    async (request) => {
      const actor = actorOf(request);
      await service.addEntry(deps, actor, request.params.id, request.body);
      return queries.getScheduleWeek(deps, actor, request.params.id);
    },
  );
  app.put(
    '/weekly-schedules/:id/entries/:entryId',
    { schema: { tags, summary: 'Sửa mục lịch (sau khi đăng: đánh dấu điều chỉnh)', params: contract.entryParams, body: contract.entryBody, response: week } },
    async (request) => {
      const actor = actorOf(request);
      await service.editEntry(deps, actor, request.params.id, request.params.entryId, request.body);
      return queries.getScheduleWeek(deps, actor, request.params.id);
    },
  );
  app.post(
    '/weekly-schedules/:id/entries/:entryId/cancel',
    { schema: { tags, summary: 'Bỏ mục lịch (sau khi đăng: đánh dấu hủy)', params: contract.entryParams, body: contract.reasonBody, response: week } },
    async (request) => {
      const actor = actorOf(request);
      await service.cancelEntry(deps, actor, request.params.id, request.params.entryId, request.body.reason);
      return queries.getScheduleWeek(deps, actor, request.params.id);
    },
  );
  const move = (
    summary: string,
    body: typeof contract.reasonBody | typeof contract.publishBody | undefined,
    toMove: (body: never) => service.ScheduleMove,
  ) => ({
    options: { schema: { tags, summary, params: idParams, ...(body ? { body } : {}), response: week } },
    handler: async (request: { params: { id: string }; body: unknown } & Parameters<typeof actorOf>[0]) => {
      const actor = actorOf(request);
      await service.moveSchedule(deps, actor, request.params.id, toMove(request.body as never));
      return queries.getScheduleWeek(deps, actor, request.params.id);
    },
  });
  const moves = {
    submit: move('Gửi lãnh đạo duyệt', undefined, () => ({ name: 'submit' })),
    approve: move('Duyệt lịch (lãnh đạo)', undefined, () => ({ name: 'approve' })),
    return: move('Trả lại Văn phòng', contract.reasonBody, (body: { reason: string }) => ({ name: 'returnToDraft', reason: body.reason })),
    publish: move('Đăng lịch trong cơ quan (và trên cổng thông tin)', contract.publishBody, (body: { onPublicSite: boolean }) => ({
      name: 'publish',
      onPublicSite: body.onPublicSite,
    })),
  };
  for (const [path, { options, handler }] of Object.entries(moves)) app.post(`/weekly-schedules/:id/${path}`, options, handler);

  app.get('/weekly-schedules/:id/export.docx', { schema: { tags, summary: 'Tải lịch tuần (Word)', params: idParams } }, async (request, reply) => {
    const actor = actorOf(request);
    const view = await queries.getScheduleWeek(deps, actor, request.params.id);
    const buffer = await weeklyScheduleDocx(await agencyNameOf(deps.db, actor.agencyId), view, localDateOf(deps.clock.now()));
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', attachment(`lich-cong-tac-tuan-${view.weekNumber}-${view.weekStart}.docx`))
      .send(buffer);
  });
  app.get('/weekly-schedules/:id/export.xlsx', { schema: { tags, summary: 'Tải lịch tuần (Excel)', params: idParams } }, async (request, reply) => {
    const actor = actorOf(request);
    const view = await queries.getScheduleWeek(deps, actor, request.params.id);
    const buffer = await weeklyScheduleWorkbook(await agencyNameOf(deps.db, actor.agencyId), view);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', attachment(`lich-cong-tac-tuan-${view.weekNumber}-${view.weekStart}.xlsx`))
      .send(buffer);
  });
};
