import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/work-structure.js';
import { taskSchema } from '../../../contracts/work.js';
import { actorOf } from '../../http/session.js';
import * as checklist from './work.checklist.js';
import type { WorkDeps } from './work.deps.js';
import * as series from './work.series.js';
import * as subtasks from './work.subtasks.js';

const tags = ['work'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Subtasks and checklists of a task, and recurring tasks (series whose occurrences are ordinary tasks). */
export const workStructureRoutes: FastifyPluginAsyncZod<WorkDeps> = async (app, deps) => {
  app.get(
    '/tasks/:id/subtasks',
    { schema: { tags, summary: 'Nhiệm vụ con và tiến độ chung', params: idParams, response: { 200: contract.subtaskList, ...errors } } },
    (request) => subtasks.listSubtasks(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/tasks/:id/subtasks',
    {
      schema: {
        tags,
        summary: 'Chia nhỏ: giao một nhiệm vụ con',
        params: idParams,
        body: contract.createSubtaskBody,
        response: { 200: taskSchema, ...errors },
      },
    },
    (request) => subtasks.createSubtask(deps, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/tasks/:id/checklist',
    { schema: { tags, summary: 'Danh sách việc cần làm', params: idParams, response: { 200: contract.checklist, ...errors } } },
    (request) => checklist.listChecklist(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/tasks/:id/checklist',
    { schema: { tags, summary: 'Thêm bước việc', params: idParams, body: contract.addChecklistItemBody, response: { 200: contract.checklist, ...errors } } },
    (request) => checklist.addChecklistItem(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/tasks/:id/checklist/:itemId/tick',
    {
      schema: {
        tags,
        summary: 'Đánh dấu xong / bỏ đánh dấu',
        params: contract.checklistItemParams,
        body: contract.tickChecklistItemBody,
        response: { 200: contract.checklist, ...errors },
      },
    },
    (request) => checklist.tickChecklistItem(deps, actorOf(request), request.params.id, request.params.itemId, request.body),
  );
  app.get('/task-series', { schema: { tags, summary: 'Việc định kỳ', response: { 200: contract.seriesList, ...errors } } }, (request) =>
    series.listSeries(deps, actorOf(request)),
  );
  app.post(
    '/task-series',
    { schema: { tags, summary: 'Tạo việc định kỳ', body: contract.createSeriesBody, response: { 200: contract.seriesSchema, ...errors } } },
    (request) => series.createSeries(deps, actorOf(request), request.body),
  );
  app.get(
    '/task-series/:id',
    { schema: { tags, summary: 'Một việc định kỳ', params: idParams, response: { 200: contract.seriesSchema, ...errors } } },
    (request) => series.getSeries(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/task-series/:id/skip',
    {
      schema: {
        tags,
        summary: 'Bỏ qua một lần (nêu lý do)',
        params: idParams,
        body: contract.skipOccurrenceBody,
        response: { 200: contract.seriesSchema, ...errors },
      },
    },
    (request) => series.skipOccurrence(deps, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/task-series/:id/end',
    {
      schema: {
        tags,
        summary: 'Kết thúc việc định kỳ (nêu lý do)',
        params: idParams,
        body: contract.endSeriesBody,
        response: { 200: contract.seriesSchema, ...errors },
      },
    },
    (request) => series.endSeries(deps, actorOf(request), request.params.id, request.body),
  );
};
