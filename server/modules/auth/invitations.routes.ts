import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitationBody, invitation, invitationStatus, invitationStatusQuery } from '../../../contracts/accounts.js';
import { idParams, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import type { AuthDeps } from './auth.service.js';
import * as service from './invitations.service.js';

const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 429: problemSchema };
const tags = ['accounts'];
// Public routes guarded by a secret token: few tries, so the token cannot be guessed.
const config = { isPublic: true, rateLimit: { max: 20, timeWindow: '1 minute' } };

/** Invitation links: an administrator issues one; the person opens it and sets their own password. */
export const invitationRoutes: FastifyPluginAsyncZod<AuthDeps> = async (app, deps) => {
  app.post(
    '/accounts/:id/invitation',
    { schema: { tags, summary: 'Tạo đường dẫn mời đặt mật khẩu', params: idParams, response: { 200: invitation, ...errors } } },
    (request) => service.issueInvitation(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/invitations/status',
    { config, schema: { tags, summary: 'Kiểm tra đường dẫn mời', querystring: invitationStatusQuery, response: { 200: invitationStatus, ...errors } } },
    (request) => service.invitationStatus(deps, request.query.token),
  );
  app.post(
    '/invitations/accept',
    {
      config,
      schema: { tags, summary: 'Đặt mật khẩu từ đường dẫn mời', body: acceptInvitationBody, response: { 200: z.object({ username: z.string() }), ...errors } },
    },
    (request) => service.acceptInvitation(deps, request.body.token, request.body.password),
  );
};
