import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../contracts/common.js';
import { markNotificationsReadBody, notificationPage, notificationQuery, unreadCountResponse } from '../../../contracts/work.js';
import { actorOf } from '../../http/session.js';
import * as service from './notifications.service.js';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<service.NotificationDeps> = async (app, deps) => {
  app.get(
    '/notifications',
    { schema: { tags, summary: 'Thông báo của tôi', querystring: notificationQuery, response: { 200: notificationPage, 400: problemSchema } } },
    (request) => service.listMyNotifications(deps, actorOf(request), request.query),
  );
  app.get(
    '/notifications/unread-count',
    { schema: { tags, summary: 'Số thông báo chưa đọc (tối đa 100)', response: { 200: unreadCountResponse } } },
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
};
