import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authOptionsResponse } from '../../../contracts/auth.js';
import { problemSchema } from '../../../contracts/common.js';
import type { OidcSettings } from '../../config.js';
import { setSessionCookie } from '../../http/session.js';
import { notFound } from '../../platform/errors.js';
import type { AuthDeps } from './auth.service.js';
import { OIDC_FLOW_COOKIE, OIDC_FLOW_MINUTES, openFlow, sealFlow } from './oidc.flow.js';
import { createOidcDiscovery, finishSignIn, OidcSignInError, startSignIn } from './oidc.service.js';

export interface OidcRoutesOptions extends AuthDeps {
  settings: OidcSettings | undefined;
  passwordLogin: boolean;
  cookieSecure: boolean;
}

const LOGIN_PAGE = '/dang-nhap';
const notConfigured = () => notFound({ vi: 'Chưa cấu hình đăng nhập một cửa (SSO)', en: 'Single sign-on is not configured' });

export const oidcRoutes: FastifyPluginAsyncZod<OidcRoutesOptions> = async (app, deps) => {
  const discover = deps.settings ? createOidcDiscovery(deps.settings) : undefined;
  // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
  const flowCookie = { path: '/api/v1/auth/oidc', httpOnly: true, sameSite: 'lax' as const, secure: deps.cookieSecure };

  app.get(
    '/auth/options',
    { config: { isPublic: true }, schema: { tags: ['auth'], summary: 'Cách đăng nhập được phép', response: { 200: authOptionsResponse } } },
    () => ({ passwordLogin: deps.passwordLogin, singleSignOn: deps.settings !== undefined }),
  );

  app.get(
    '/auth/oidc/start',
    { config: { isPublic: true }, schema: { tags: ['auth'], summary: 'Đăng nhập một cửa (SSO): chuyển sang nhà cung cấp', response: { 404: problemSchema } } },
    async (_request, reply) => {
      if (!deps.settings || !discover) throw notConfigured();
      const settings = deps.settings;
      const configuration = await discover().catch((error: unknown) => {
        app.log.error({ err: error }, 'OpenID provider discovery failed');
        return undefined;
      });
      if (!configuration) return reply.redirect(`${LOGIN_PAGE}?error=sso_failed`, 302);
      const { url, flow } = await startSignIn({ ...deps, settings }, configuration);
      reply.setCookie(OIDC_FLOW_COOKIE, sealFlow(flow, settings.clientSecret), { ...flowCookie, maxAge: OIDC_FLOW_MINUTES * 60 });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    { config: { isPublic: true }, schema: { tags: ['auth'], summary: 'Đăng nhập một cửa (SSO): nhà cung cấp trả về', response: { 404: problemSchema } } },
    async (request, reply) => {
      if (!deps.settings || !discover) throw notConfigured();
      const settings = deps.settings;
      reply.clearCookie(OIDC_FLOW_COOKIE, flowCookie);
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      try {
        const flow = openFlow(request.cookies[OIDC_FLOW_COOKIE], settings.clientSecret, deps.clock.now());
        if (!flow) throw new OidcSignInError('sso_failed', 'missing, altered or expired sign-in cookie');
        const { token } = await finishSignIn({ ...deps, settings }, await discover(), query, flow, {
          address: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, token, deps.cookieSecure);
        return reply.redirect('/', 302);
      } catch (error) {
        const code = error instanceof OidcSignInError ? error.code : 'sso_failed';
        request.log.warn({ code, reason: error instanceof Error ? error.message : String(error) }, 'single sign-on refused');
        return reply.redirect(`${LOGIN_PAGE}?error=${code}`, 302);
      }
    },
  );
};
