import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuery, idParams, okSchema, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/work-views.js';
import { actorOf } from '../../http/session.js';
import type { NameCache } from '../org/index.js';
import { runBulkAction } from './work.bulk.js';
import type { WorkDeps } from './work.deps.js';
import { getFollowState, mentionable, setFollowing } from './work.followers.js';
import { createSavedView, deleteSavedView, listSavedViews } from './work.saved-views.js';
import { taskWindow } from './work.window.js';
import { exportTaskWindow } from './work.window-export.js';

const tags = ['work'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Calendar and timeline, saved views, bulk actions, mentions and following (issue 28). */
export const workViewRoutes: FastifyPluginAsyncZod<WorkDeps & { names: NameCache }> = async (app, deps) => {
  app.get(
    '/tasks/window',
    {
      schema: {
        tags,
        summary: 'Lịch và tiến trình: nhiệm vụ đến hạn trong một khoảng ngày (tối đa 100 ngày)',
        querystring: contract.taskWindowQuery,
        response: { 200: contract.taskWindow, ...errors },
      },
    },
    (request) => taskWindow(deps, actorOf(request), request.query),
  );
  app.get(
    '/tasks/window/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel các nhiệm vụ của cửa sổ lịch đang xem',
        querystring: contract.taskWindowQuery.extend(exportQuery.shape),
        response: errors,
      },
    },
    (request, reply) => exportTaskWindow(deps, actorOf(request), request.query, reply),
  );
  app.get('/tasks/views', { schema: { tags, summary: 'Bộ lọc đã lưu', response: { 200: contract.savedViewList, ...errors } } }, (request) =>
    listSavedViews(deps, actorOf(request)),
  );
  app.post(
    '/tasks/views',
    {
      schema: {
        tags,
        summary: 'Lưu bộ lọc (cá nhân hoặc chia sẻ trong đơn vị)',
        body: contract.createSavedViewBody,
        response: { 200: contract.savedViewSchema, ...errors },
      },
    },
    (request) => createSavedView(deps, actorOf(request), request.body),
  );
  app.delete('/tasks/views/:id', { schema: { tags, summary: 'Xóa bộ lọc đã lưu', params: idParams, response: { 200: okSchema, ...errors } } }, (request) =>
    deleteSavedView(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/tasks/bulk',
    {
      schema: {
        tags,
        summary: 'Thao tác hàng loạt: nhắc, gia hạn, hủy (mỗi nhiệm vụ một lệnh riêng)',
        body: contract.bulkActionBody,
        response: { 200: contract.bulkResult, ...errors },
      },
    },
    (request) => runBulkAction(deps, actorOf(request), request.body),
  );
  app.get(
    '/tasks/:id/follow',
    { schema: { tags, summary: 'Theo dõi nhiệm vụ: trạng thái', params: idParams, response: { 200: contract.followState, ...errors } } },
    (request) => getFollowState(deps, actorOf(request), request.params.id),
  );
  app.put(
    '/tasks/:id/follow',
    { schema: { tags, summary: 'Theo dõi nhiệm vụ', params: idParams, response: { 200: contract.followState, ...errors } } },
    (request) => setFollowing(deps, actorOf(request), request.params.id, true),
  );
  app.delete(
    '/tasks/:id/follow',
    { schema: { tags, summary: 'Bỏ theo dõi nhiệm vụ', params: idParams, response: { 200: contract.followState, ...errors } } },
    (request) => setFollowing(deps, actorOf(request), request.params.id, false),
  );
  app.get(
    '/tasks/:id/mentionable',
    {
      schema: {
        tags,
        summary: 'Người có thể nhắc đến (@) trong trao đổi',
        params: idParams,
        querystring: contract.mentionableQuery,
        response: { 200: contract.mentionableList, ...errors },
      },
    },
    (request) => mentionable(deps, actorOf(request), request.params.id, request.query.q),
  );
};
