import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/news.js';
import { newsCategories, newsCategoryInfo } from '../../../contracts/news-vocabulary.js';
import { actorOf } from '../../http/session.js';
import { uploadedFile } from '../../http/upload.js';
import type { NewsDeps } from './news.deps.js';
import * as queries from './news.queries.js';
import * as service from './news.service.js';

const tags = ['news'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export const newsRoutes: FastifyPluginAsyncZod<NewsDeps> = async (app, deps) => {
  app.get('/news/categories', { schema: { tags, summary: 'Chuyên mục tin tức', response: { 200: contract.newsCategoryList } } }, async () =>
    newsCategories.map((code) => ({ code, ...newsCategoryInfo[code] })),
  );
  app.get(
    '/news',
    {
      schema: {
        tags,
        summary: 'Tin bài (biên tập: mọi trạng thái; người khác: tin đã đăng)',
        querystring: contract.articleListQuery,
        response: { 200: contract.articlePage, ...errors },
      },
    },
    (request) => queries.listArticles(deps, actorOf(request), request.query),
  );
  app.post(
    '/news',
    { schema: { tags, summary: 'Viết tin (bản nháp)', body: contract.articleBody, response: { 200: contract.articleSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      return queries.getArticle(deps, actor, await service.createArticle(deps, actor, request.body));
    },
  );
  app.get('/news/:id', { schema: { tags, summary: 'Một tin bài', params: idParams, response: { 200: contract.articleSchema, ...errors } } }, (request) =>
    queries.getArticle(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/news/:id',
    { schema: { tags, summary: 'Sửa tin bài', params: idParams, body: contract.articleBody, response: { 200: contract.articleSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.editArticle(deps, actor, request.params.id, request.body);
      return queries.getArticle(deps, actor, request.params.id);
    },
  );
  const move =
    (command: (body: never) => service.WorkflowCommand) => async (request: { params: { id: string }; body: unknown } & Parameters<typeof actorOf>[0]) => {
      const actor = actorOf(request);
      await service.moveArticle(deps, actor, request.params.id, command(request.body as never));
      return queries.getArticle(deps, actor, request.params.id);
    };
  app.post(
    '/news/:id/submit',
    { schema: { tags, summary: 'Gửi duyệt', params: idParams, response: { 200: contract.articleSchema, ...errors } } },
    move(() => ({ name: 'submit' })),
  );
  app.post(
    '/news/:id/publish',
    {
      schema: { tags, summary: 'Đăng (ngay hoặc hẹn giờ)', params: idParams, body: contract.publishBody, response: { 200: contract.articleSchema, ...errors } },
    },
    move((body: { publishAt?: string }) => ({ name: 'publish', publishAt: body.publishAt })),
  );
  app.post(
    '/news/:id/unpublish',
    { schema: { tags, summary: 'Gỡ tin', params: idParams, body: contract.reasonBody, response: { 200: contract.articleSchema, ...errors } } },
    move((body: { reason: string }) => ({ name: 'unpublish', reason: body.reason })),
  );
  app.post(
    '/news/:id/return',
    { schema: { tags, summary: 'Trả lại bản nháp', params: idParams, body: contract.reasonBody, response: { 200: contract.articleSchema, ...errors } } },
    move((body: { reason: string }) => ({ name: 'returnToDraft', reason: body.reason })),
  );
  app.post(
    '/news/:id/cover',
    { schema: { tags, summary: 'Ảnh đại diện (PNG, JPG)', params: idParams, response: { 200: contract.articleSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      await service.setCover(deps, actor, request.params.id, await uploadedFile(request));
      return queries.getArticle(deps, actor, request.params.id);
    },
  );
  app.get('/news/:id/cover', { schema: { tags, summary: 'Ảnh đại diện', params: idParams } }, async (request, reply) => {
    const cover = await queries.readCover(deps, actorOf(request), request.params.id);
    return reply.type(cover.contentType).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=60').send(cover.content);
  });
};
