import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordBody, currentSessionResponse, loginBody, sessionResponse } from '../../../contracts/auth.js';
import { okSchema, problemSchema } from '../../../contracts/common.js';
import { actorOf, clearSessionCookie, setSessionCookie } from '../../http/session.js';
import { DomainError, unauthenticated } from '../../platform/errors.js';
import type { AuthDeps } from './auth.service.js';
import * as service from './auth.service.js';
import { sessionsRoutes } from './sessions.routes.js';

export interface AuthRoutesOptions extends AuthDeps {
  cookieSecure: boolean;
  loginRateLimitPerMinute: number;
  /** AUTH_PASSWORD_LOGIN: false leaves single sign-on as the only way in. */
  passwordLogin?: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, deps) => {
  await app.register(sessionsRoutes, deps);
  const presentSession = async (token: string) => {
    const session = await service.resolveSession(deps, token);
    if (!session) throw unauthenticated();
    const { actor } = session;
    return {
      csrfToken: session.csrfToken,
      user: {
        id: actor.userId,
        username: session.username,
        displayName: actor.displayName,
        roles: actor.roles,
        agencyId: actor.agencyId,
        agencyName: session.agencyName,
        personId: actor.personId,
        unitId: actor.unitId,
        mustChangePassword: session.mustChangePassword,
      },
    };
  };

  app.post(
    '/auth/login',
    {
      config: { isPublic: true, rateLimit: { max: deps.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        body: loginBody,
        response: { 200: sessionResponse, 401: problemSchema, 403: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      if (deps.passwordLogin === false) {
        throw new DomainError('forbidden', 'password_login_disabled', {
          vi: 'Đăng nhập bằng mật khẩu đã tắt: hãy đăng nhập bằng tài khoản một cửa (SSO)',
          en: 'Password login is turned off: sign in with single sign-on',
        });
      }
      const { token } = await service.login(deps, request.body.username, request.body.password, request.ip, request.headers['user-agent'] ?? null);
      setSessionCookie(reply, token, deps.cookieSecure);
      return presentSession(token);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { isAllowedBeforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Phiên hiện tại', response: { 200: sessionResponse, 401: problemSchema } },
    },
    (request) => presentSession(request.sessionToken!),
  );

  app.get(
    '/auth/current-session',
    {
      config: { isPublic: true },
      schema: { tags: ['auth'], summary: 'Phiên hiện tại, hoặc null khi chưa đăng nhập', response: { 200: currentSessionResponse } },
    },
    async (request) => ({ session: request.sessionToken ? await presentSession(request.sessionToken) : null }),
  );

  app.post(
    '/auth/logout',
    { config: { isAllowedBeforePasswordChange: true }, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: okSchema } } },
    async (request, reply) => {
      await service.logout(deps, actorOf(request), request.sessionToken!);
      clearSessionCookie(reply, deps.cookieSecure);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { isAllowedBeforePasswordChange: true },
      schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: changePasswordBody, response: { 200: sessionResponse, 400: problemSchema } },
    },
    async (request, reply) => {
      const { token } = await service.changePassword(deps, actorOf(request), request.sessionToken!, request.body.currentPassword, request.body.newPassword, {
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, token, deps.cookieSecure);
      return presentSession(token);
    },
  );
};
