import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, problemSchema } from '../../../contracts/common.js';
import * as contract from '../../../contracts/evaluation.js';
import { actorOf } from '../../http/session.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import { invalidState } from '../../platform/errors.js';
import type { EvaluationDeps } from './evaluation.deps.js';
import { periodTableXlsx, resultNoticeDocx } from './evaluation.exports.js';
import { getPeriod, listPeriods } from './evaluation.period-queries.js';
import { closePeriod, openPeriod, publishPeriod, recomputePeriod } from './evaluation.periods.js';
import * as queries from './evaluation.queries.js';
import { SCHEME_REFERENCE } from './evaluation.schemes.js';
import * as steps from './evaluation.steps.js';

const tags = ['evaluation'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const evaluationRoutes: FastifyPluginAsyncZod<EvaluationDeps> = async (app, deps) => {
  app.get(
    '/evaluation/schemes',
    { schema: { tags, summary: 'Khung đánh giá (dữ liệu tham chiếu có ngày hiệu lực và nguồn)', response: { 200: contract.schemeList, ...errors } } },
    (request) => {
      actorOf(request);
      return SCHEME_REFERENCE;
    },
  );
  app.post(
    '/evaluation/periods',
    { schema: { tags, summary: 'Mở kỳ đánh giá cho một cây đơn vị', body: contract.openPeriodBody, response: { 200: contract.periodSchema, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const opened = await openPeriod(deps, actor, request.body);
      return getPeriod(deps, actor, opened.id);
    },
  );
  app.get(
    '/evaluation/periods',
    { schema: { tags, summary: 'Các kỳ đánh giá', querystring: contract.periodListQuery, response: { 200: contract.periodPage, ...errors } } },
    (request) => listPeriods(deps, actorOf(request), request.query),
  );
  app.get(
    '/evaluation/periods/:id',
    {
      schema: {
        tags,
        summary: 'Kỳ đánh giá: số phiếu theo bước, phân bố mức so với tỷ lệ trần',
        params: idParams,
        response: { 200: contract.periodSchema, ...errors },
      },
    },
    (request) => getPeriod(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/evaluation/periods/:id/scorecards',
    {
      schema: {
        tags,
        summary: 'Bảng xếp loại của kỳ',
        params: idParams,
        querystring: contract.scorecardListQuery,
        response: { 200: contract.scorecardPage, ...errors },
      },
    },
    (request) => queries.listPeriodScorecards(deps, actorOf(request), request.params.id, request.query),
  );
  app.get('/evaluation/periods/:id/scorecards.xlsx', { schema: { tags, summary: 'Tải bảng xếp loại (.xlsx)', params: idParams } }, async (request, reply) => {
    const actor = actorOf(request);
    const period = await getPeriod(deps, actor, request.params.id);
    const rows = [];
    let cursor: string | undefined;
    do {
      const page = await queries.listPeriodScorecards(deps, actor, period.id, { limit: 100, cursor });
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < 20_000);
    const buffer = await periodTableXlsx(`Kết quả xếp loại ${period.unit.name}, kỳ ${period.startsOn} – ${period.endsOn}`, rows);
    return reply
      .type(XLSX)
      .header('content-disposition', attachment(`xep-loai-${period.startsOn}.xlsx`))
      .send(buffer);
  });
  for (const [path, run, summary] of [
    ['publish', publishPeriod, 'Công bố kết quả đã quyết định'],
    ['close', closePeriod, 'Kết thúc kỳ'],
    ['recompute', recomputePeriod, 'Tính lại từ dữ liệu công việc'],
  ] as const) {
    app.post(
      `/evaluation/periods/:id/${path}`,
      { schema: { tags, summary, params: idParams, response: { 200: contract.periodSchema, ...errors } } },
      async (request) => {
        const actor = actorOf(request);
        await run(deps, actor, request.params.id);
        return getPeriod(deps, actor, request.params.id);
      },
    );
  }
  app.get(
    '/evaluation/queue',
    {
      schema: {
        tags,
        summary: 'Phiếu chờ tôi xem xét, quyết định hoặc trả lời kiến nghị',
        querystring: contract.queueQuery,
        response: { 200: contract.scorecardPage, ...errors },
      },
    },
    (request) => queries.listQueue(deps, actorOf(request), request.query),
  );
  app.get('/evaluation/history', { schema: { tags, summary: 'Kết quả của tôi qua các kỳ', response: { 200: contract.historySchema, ...errors } } }, (request) =>
    queries.myHistory(deps, actorOf(request)),
  );
  app.get(
    '/evaluation/scorecards/:id',
    { schema: { tags, summary: 'Phiếu đánh giá với từng dòng giải thích', params: idParams, response: { 200: contract.scorecardSchema, ...errors } } },
    (request) => queries.getScorecard(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/evaluation/scorecards/:id/events',
    { schema: { tags, summary: 'Lịch sử thay đổi của phiếu', params: idParams, response: { 200: contract.eventList, ...errors } } },
    (request) => queries.scorecardEvents(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/evaluation/scorecards/:id/notice.docx',
    { schema: { tags, summary: 'Thông báo kết quả (.docx, thể thức Nghị định 30/2020)', params: idParams } },
    async (request, reply) => {
      const actor = actorOf(request);
      const card = await queries.getScorecard(deps, actor, request.params.id);
      if (!['published', 'appeal', 'closed'].includes(card.state))
        throw invalidState('not_published', { vi: 'Kết quả chưa công bố', en: 'The result is not published yet' });
      const buffer = await resultNoticeDocx(card, await queries.agencyNameOf(deps, actor.agencyId), localDateOf(deps.clock.now()));
      return reply
        .type(DOCX)
        .header('content-disposition', attachment(`thong-bao-xep-loai-${card.period.startsOn}.docx`))
        .send(buffer);
    },
  );
  const commands = [
    ['self-assessment', contract.selfAssessmentBody, steps.selfAssess, 'Tự đánh giá'],
    ['review', contract.reviewBody, steps.review, 'Quản lý trực tiếp xem xét (sửa điểm phải ghi lý do)'],
    ['decide', contract.decideBody, steps.decide, 'Thủ trưởng quyết định mức (trong tỷ lệ trần)'],
    ['appeal', contract.appealBody, steps.appeal, 'Kiến nghị về kết quả (trong thời hạn)'],
    ['answer', contract.answerAppealBody, steps.answerAppeal, 'Trả lời kiến nghị'],
  ] as const;
  for (const [path, body, run, summary] of commands) {
    app.post(
      `/evaluation/scorecards/:id/${path}`,
      { schema: { tags, summary, params: idParams, body: body as z.ZodType, response: { 200: contract.scorecardSchema, ...errors } } },
      async (request) => {
        const actor = actorOf(request);
        await (run as (d: EvaluationDeps, a: typeof actor, id: string, b: unknown) => Promise<void>)(deps, actor, request.params.id, request.body);
        return queries.getScorecard(deps, actor, request.params.id);
      },
    );
  }
};
