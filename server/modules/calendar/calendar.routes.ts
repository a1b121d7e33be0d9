import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDayParams,
  calendarDaySchema,
  calendarQuery,
  calendarYear,
  setCalendarDayBody,
  workingDayAnswer,
  workingDayQuery,
  workingDaysAnswer,
  workingDaysQuery,
} from '../../../contracts/calendar.js';
import { okSchema, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import * as service from './calendar.service.js';

const tags = ['calendar'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema };

export const calendarRoutes: FastifyPluginAsyncZod<service.CalendarDeps> = async (app, deps) => {
  app.get(
    '/calendar',
    { schema: { tags, summary: 'Lịch ngày nghỉ, ngày làm bù của một năm', querystring: calendarQuery, response: { 200: calendarYear, ...errors } } },
    (request) => service.listYear(deps, actorOf(request), request.query.year ?? Number(localDateOf(deps.clock.now()).slice(0, 4))),
  );
  app.put(
    '/calendar/days/:day',
    {
      schema: { tags, summary: 'Thêm hoặc sửa một ngày', params: calendarDayParams, body: setCalendarDayBody, response: { 200: calendarDaySchema, ...errors } },
    },
    (request) => service.setDay(deps, actorOf(request), request.params.day, request.body),
  );
  app.delete(
    '/calendar/days/:day',
    { schema: { tags, summary: 'Xóa một ngày khỏi lịch', params: calendarDayParams, response: { 200: okSchema, ...errors } } },
    (request) => service.removeDay(deps, actorOf(request), request.params.day),
  );
  app.get(
    '/calendar/working-days',
    {
      schema: {
        tags,
        summary: 'Hạn sau N ngày làm việc kể từ một ngày (trừ ngày nghỉ, lễ, Tết)',
        querystring: workingDaysQuery,
        response: { 200: workingDaysAnswer, ...errors },
      },
    },
    (request) => service.workingDaysFrom(deps, actorOf(request), request.query.from, request.query.days),
  );
  app.get(
    '/calendar/working-day',
    {
      schema: {
        tags,
        summary: 'Một ngày có phải ngày làm việc không, và ngày làm việc kế tiếp',
        querystring: workingDayQuery,
        response: { 200: workingDayAnswer, ...errors },
      },
    },
    (request) => service.workingDayOf(deps, actorOf(request), request.query.date),
  );
};
