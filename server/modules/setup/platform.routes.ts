import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../contracts/common.js';
import { newAgencyBody, platformAgencyList, setupResult } from '../../../contracts/setup.js';
import { actorOf } from '../../http/session.js';
import * as service from './platform.service.js';
import type { SetupDeps } from './setup.service.js';

const errors = { 400: problemSchema, 403: problemSchema, 409: problemSchema };
const tags = ['platform'];
const config = { isPlatformRoute: true };

/** The platform administrator's routes: agencies and their size, never an agency's records. */
export const platformRoutes: FastifyPluginAsyncZod<SetupDeps> = async (app, deps) => {
  app.get(
    '/platform/agencies',
    { config, schema: { tags, summary: 'Danh sách cơ quan và quy mô', response: { 200: platformAgencyList, ...errors } } },
    (request) => service.listAgencies(deps, actorOf(request)),
  );
  app.post(
    '/platform/agencies',
    { config, schema: { tags, summary: 'Tạo cơ quan và quản trị viên đầu tiên', body: newAgencyBody, response: { 200: setupResult, ...errors } } },
    (request) => service.createAgency(deps, actorOf(request), request.body),
  );
};
