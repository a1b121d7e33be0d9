import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  account,
  accountListQuery,
  accountPage,
  createAccountBody,
  replaceRolesBody,
  resetPasswordBody,
  ssoSubjectBody,
  usernameSuggestion,
  usernameSuggestionQuery,
} from '../../../contracts/accounts.js';
import { idParams, problemSchema } from '../../../contracts/common.js';
import { actorOf } from '../../http/session.js';
import * as service from './accounts.service.js';
import * as sso from './accounts.sso.js';
import type { AuthDeps } from './auth.service.js';

const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['accounts'];

/** Logins and roles, for an agency's administrators. */
export const accountsRoutes: FastifyPluginAsyncZod<AuthDeps> = async (app, deps) => {
  app.get(
    '/accounts',
    { schema: { tags, summary: 'Danh sách tài khoản', querystring: accountListQuery, response: { 200: accountPage, ...errors } } },
    (request) => service.listAccounts(deps, actorOf(request), request.query),
  );
  app.get(
    '/accounts/username-suggestion',
    { schema: { tags, summary: 'Gợi ý tên đăng nhập', querystring: usernameSuggestionQuery, response: { 200: usernameSuggestion, ...errors } } },
    (request) => service.suggestUsernameFor(deps, actorOf(request), request.query.personId),
  );
  app.post('/accounts', { schema: { tags, summary: 'Cấp tài khoản cho cán bộ', body: createAccountBody, response: { 200: account, ...errors } } }, (request) =>
    service.createAccount(deps, actorOf(request), request.body),
  );
  app.put(
    '/accounts/:id/roles',
    { schema: { tags, summary: 'Phân quyền', params: idParams, body: replaceRolesBody, response: { 200: account, ...errors } } },
    (request) => service.replaceRoles(deps, actorOf(request), request.params.id, request.body.roles),
  );
  app.post(
    '/accounts/:id/reset-password',
    { schema: { tags, summary: 'Đặt lại mật khẩu', params: idParams, body: resetPasswordBody, response: { 200: account, ...errors } } },
    (request) => service.resetPassword(deps, actorOf(request), request.params.id, request.body.password),
  );
  app.post('/accounts/:id/unlock', { schema: { tags, summary: 'Mở khoá', params: idParams, response: { 200: account, ...errors } } }, (request) =>
    service.unlockAccount(deps, actorOf(request), request.params.id),
  );
  app.post('/accounts/:id/deactivate', { schema: { tags, summary: 'Vô hiệu hoá', params: idParams, response: { 200: account, ...errors } } }, (request) =>
    service.deactivateAccount(deps, actorOf(request), request.params.id),
  );
  app.post('/accounts/:id/reactivate', { schema: { tags, summary: 'Kích hoạt lại', params: idParams, response: { 200: account, ...errors } } }, (request) =>
    service.reactivateAccount(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/accounts/:id/sso-subject',
    { schema: { tags, summary: 'Liên kết tài khoản SSO', params: idParams, body: ssoSubjectBody, response: { 200: account, ...errors } } },
    (request) => sso.linkSsoSubject(deps, actorOf(request), request.params.id, request.body.subject),
  );
  app.delete(
    '/accounts/:id/sso-subject',
    { schema: { tags, summary: 'Bỏ liên kết tài khoản SSO', params: idParams, response: { 200: account, ...errors } } },
    (request) => sso.unlinkSsoSubject(deps, actorOf(request), request.params.id),
  );
};
