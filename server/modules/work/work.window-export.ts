import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { taskWindowQuery } from '../../../contracts/work-views.js';
import type { Actor } from '../../platform/actor.js';
import { sendXlsx, singlePage } from '../../platform/xlsx-stream.js';
import type { NameCache } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { taskColumns } from './work.export.js';
import { taskWindow } from './work.window.js';

type Query = z.infer<typeof taskWindowQuery> & z.infer<typeof exportQuery>;

/** The tasks of the calendar's shown window (same scope, days and limit as the calendar reads), one sheet, as .xlsx. */
export async function exportTaskWindow(deps: WorkDeps & { names: NameCache }, actor: Actor, { lang, ...query }: Query, reply: FastifyReply) {
  const window = await taskWindow(deps, actor, query);
  return sendXlsx(reply, {
    fileName: { vi: `lich-nhiem-vu-${window.from}-${window.to}`, en: `task-calendar-${window.from}-${window.to}` },
    sheetName: { vi: 'Lịch nhiệm vụ', en: 'Task calendar' },
    columns: taskColumns(lang),
    pages: singlePage(window.items),
    total: window.items.length,
    language: lang,
    now: deps.clock.now(),
  });
}
