import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, ResolvedSession } from '../platform/actor.js';
import { DomainError, unauthenticated } from '../platform/errors.js';

export const SESSION_COOKIE = 'congvu_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a session (login, health, the public channel). */
    isPublic?: boolean;
    /** Routes a user whose password must change may still call (their session, logout, the change). */
    isAllowedBeforePasswordChange?: boolean;
  }
}

export interface SessionOptions {
  resolve(token: string): Promise<ResolvedSession | undefined>;
}

/**
 * Resolves the session cookie on every API request, denies by default, and checks the
 * CSRF token on writes (synchronizer token, sent back in the x-csrf-token header).
 */
export function registerSession(app: FastifyInstance, options: SessionOptions) {
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = (await options.resolve(token)) ?? null;
      request.sessionToken = request.session ? token : null;
    }
    if (request.routeOptions.config?.isPublic) return;
    if (!request.session) throw unauthenticated();
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.session.csrfToken) {
      throw new DomainError('forbidden', 'csrf_token_invalid', {
        vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
        en: 'Missing or invalid CSRF token, reload the page',
      });
    }
    if (request.session.mustChangePassword && !request.routeOptions.config?.isAllowedBeforePasswordChange) {
      throw new DomainError('forbidden', 'password_change_required', {
        vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
        en: 'Change your password before continuing',
      });
    }
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw unauthenticated();
  return request.session.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge: 12 * 3600 });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}
