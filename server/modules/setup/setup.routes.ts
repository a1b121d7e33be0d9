import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../contracts/common.js';
import { setupBody, setupResult, setupStatus, setupStatusQuery } from '../../../contracts/setup.js';
import { type SetupDeps, checkSetupToken, setUpWithToken } from './setup.service.js';

const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 429: problemSchema };
const tags = ['setup'];
// Public routes guarded by a secret token: few tries, so the token cannot be guessed.
const config = { isPublic: true, rateLimit: { max: 20, timeWindow: '1 minute' } };

/** The one-time setup page's API: answers 404 unless the printed token is valid and no agency exists. */
export const setupRoutes: FastifyPluginAsyncZod<SetupDeps> = async (app, deps) => {
  app.get(
    '/setup/status',
    { config, schema: { tags, summary: 'Kiểm tra mã cài đặt', querystring: setupStatusQuery, response: { 200: setupStatus, ...errors } } },
    (request) => checkSetupToken(deps, request.query.token),
  );
  app.post(
    '/setup',
    { config, schema: { tags, summary: 'Cài đặt cơ quan đầu tiên', body: setupBody, response: { 200: setupResult, ...errors } } },
    (request) => {
      const { token, ...agency } = request.body;
      return setUpWithToken(deps, token, agency);
    },
  );
};
