import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../contracts/common.js';
import {
  notificationPreferenceBody,
  notificationPreferenceList,
  notificationPreferenceParams,
  notificationPreferenceSchema,
} from '../../../contracts/notifications.js';
import { markNotificationsReadBody, notificationPage, notificationQuery, unreadCountResponse } from '../../../contracts/work.js';
import { actorOf } from '../../http/session.js';
import * as preferences from './notifications.preferences.js';
import * as service from './notifications.service.js';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<service.NotificationDeps> = async (app, deps) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi (cảnh báo lặp lại gộp theo loại và ngày)',
        querystring: notificationQuery,
        response: { 200: notificationPage, 400: problemSchema },
      },
    },
    (request) => service.listMyNotifications(deps, actorOf(request), request.query),
  );
  app.get(
    '/notifications/unread-count',
    { schema: { tags, summary: 'Số dòng thông báo chưa đọc (tối đa 100)', response: { 200: unreadCountResponse } } },
    (request) => service.countMyUnread(deps, actorOf(request)),
  );
  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc',
        body: markNotificationsReadBody,
        response: { 200: z.object({ marked: z.number().int() }), 400: problemSchema },
      },
    },
    (request) => service.markMyNotificationsRead(deps, actorOf(request), request.body),
  );
  app.get(
    '/notifications/preferences',
    { schema: { tags, summary: 'Cách nhận từng loại thông báo', response: { 200: notificationPreferenceList, 403: problemSchema } } },
    (request) => preferences.listMyPreferences(deps, actorOf(request)),
  );
  app.put(
    '/notifications/preferences/:kind',
    {
      schema: {
        tags,
        summary: 'Chọn cách nhận một loại thông báo (loại bắt buộc không thể tắt)',
        params: notificationPreferenceParams,
        body: notificationPreferenceBody,
        response: { 200: notificationPreferenceSchema, 400: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    (request) => preferences.setMyPreference(deps, actorOf(request), request.params.kind, request.body.channel),
  );
};
