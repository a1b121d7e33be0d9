import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activeSessionsResponse, endedSessionsResponse } from '../../../contracts/auth.js';
import { idParams, okSchema, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import type { AuthDeps } from './auth.service.js';
import * as service from './sessions.service.js';

/** The signed-in user's own sessions: list them, end one, end all others. */
export const sessionsRoutes: FastifyPluginAsyncZod<AuthDeps> = async (app, deps) => {
  app.get(
    '/auth/sessions',
    { schema: { tags: ['auth'], summary: 'Các phiên đăng nhập đang mở của tôi', response: { 200: activeSessionsResponse } } },
    (request) => service.listOwnSessions(deps, actorOf(request), request.sessionToken!),
  );

  app.post(
    '/auth/sessions/:id/end',
    {
      schema: {
        tags: ['auth'],
        summary: 'Kết thúc một phiên đăng nhập khác của tôi',
        params: idParams,
        response: { 200: okSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) => {
      await service.endOwnSession(deps, actorOf(request), request.sessionToken!, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/sessions/end-others',
    { schema: { tags: ['auth'], summary: 'Kết thúc mọi phiên khác của tôi', response: { 200: endedSessionsResponse } } },
    (request) => service.endOtherSessions(deps, actorOf(request), request.sessionToken!),
  );
};
