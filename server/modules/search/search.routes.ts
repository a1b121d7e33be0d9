import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/search.js';
import { actorOf } from '../../http/session.js';
import type { SearchDeps } from './search.deps.js';
import { searchEverything } from './search.service.js';

const errors = { 400: problemSchema, 401: problemSchema };

export const searchRoutes: FastifyPluginAsyncZod<SearchDeps> = async (app, deps) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Tìm khắp hệ thống: mỗi loại chỉ những bản ghi người dùng được mở',
        querystring: contract.searchQuery,
        response: { 200: contract.searchResponse, ...errors },
      },
    },
    (request) => searchEverything(deps, actorOf(request), request.query.q, request.query.limit),
  );
};
