import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, isPlatformAdministrator, type ResolvedSession } from '../platform/actor.js';
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
    /** The platform's routes (agencies): the only ones, with the above, a platform administrator reaches. */
    isPlatformRoute?: boolean;
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
  // Resolved before the body is validated, so a platform administrator is refused before anything else.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = (await options.resolve(token)) ?? null;
      request.sessionToken = request.session ? token : null;
    }
    refuseAgencyRoutesToPlatformAdministrator(request);
  });
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/v1/')) return;
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

/** A platform administrator creates agencies and reads none of their records: every agency route answers 403. */
function refuseAgencyRoutesToPlatformAdministrator(request: FastifyRequest) {
  const config = request.routeOptions.config;
  if (!request.session || !isPlatformAdministrator(request.session.actor)) return;
  if (config?.isPlatformRoute || config?.isAllowedBeforePasswordChange || request.url.startsWith('/api/v1/auth/')) return;
  throw new DomainError('forbidden', 'platform_administrator', {
    vi: 'Quản trị nền tảng không xem dữ liệu của cơ quan',
    en: "A platform administrator does not read an agency's records",
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
