import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { exportQuery } from '../../../contracts/common.js';
import type { dashboardQuery, taskListQuery } from '../../../contracts/work.js';
import { qualityGradeLabels, taskOutcomeLabels, taskPriorityLabels, taskSignalLabels, taskStatusLabels } from '../../../contracts/work-vocabulary.js';
import type { Actor } from '../../platform/actor.js';
import { keysetPages, sendXlsx, singlePage, type Language, type XlsxColumn } from '../../platform/xlsx-stream.js';
import type { NameCache } from '../org/index.js';
import type { WorkDeps } from './work.deps.js';
import { listTasks, taskListFilterOf, unitDashboard } from './work.queries.js';
import { countTaskPage } from './work.task-page.js';

type TaskListItem = Awaited<ReturnType<typeof listTasks>>['items'][number];
type ExportQuery = Omit<z.infer<typeof taskListQuery>, 'cursor' | 'limit'> & z.infer<typeof exportQuery>;

export function taskColumns(lang: Language): XlsxColumn<TaskListItem>[] {
  return [
    { title: { vi: 'Tên nhiệm vụ', en: 'Title' }, width: 50, value: (task) => task.title },
    { title: { vi: 'Đơn vị chủ trì', en: 'Lead unit' }, width: 28, value: (task) => task.unit.name },
    { title: { vi: 'Người chủ trì', en: 'Owner' }, width: 24, value: (task) => task.owner.fullName },
    { title: { vi: 'Người giao việc', en: 'Assigned by' }, width: 24, value: (task) => task.assigner.fullName },
    { title: { vi: 'Mức độ ưu tiên', en: 'Priority' }, width: 13, value: (task) => taskPriorityLabels[task.priority][lang] },
    { title: { vi: 'Trạng thái', en: 'Status' }, width: 17, value: (task) => taskStatusLabels[task.status][lang] },
    { title: { vi: 'Kết quả thực hiện', en: 'Outcome' }, width: 22, value: (task) => (task.outcome ? taskOutcomeLabels[task.outcome][lang] : '') },
    { title: { vi: 'Cảnh báo', en: 'Signals' }, width: 32, value: (task) => task.signals.map((s) => taskSignalLabels[s.kind][lang]).join(', ') },
    { title: { vi: 'Ngày bắt đầu', en: 'Start date' }, kind: 'date', width: 13, value: (task) => task.startDate },
    { title: { vi: 'Hạn hoàn thành', en: 'Due date' }, kind: 'date', width: 15, value: (task) => task.dueDate },
    { title: { vi: 'Tiến độ', en: 'Progress' }, kind: 'percent', width: 11, value: (task) => task.progressPercent },
    {
      title: { vi: 'Đánh giá chất lượng', en: 'Quality grade' },
      width: 20,
      value: (task) => (task.grade ? `${task.grade} – ${qualityGradeLabels[task.grade as keyof typeof qualityGradeLabels][lang]}` : ''),
    },
    { title: { vi: 'Số lần chuyển', en: 'Transfers' }, kind: 'number', width: 11, value: (task) => task.counters.transfers },
    { title: { vi: 'Số lần gia hạn', en: 'Extensions' }, kind: 'number', width: 11, value: (task) => task.counters.extensions },
    { title: { vi: 'Số lần trả lại', en: 'Returns' }, kind: 'number', width: 11, value: (task) => task.counters.returns },
    { title: { vi: 'Hoàn thành lúc', en: 'Completed at' }, kind: 'datetime', width: 17, value: (task) => task.completedAt },
  ];
}

const fileNames = {
  mine: { vi: 'viec-cua-toi', en: 'my-work' },
  unit: { vi: 'viec-cua-don-vi', en: 'unit-work' },
  awaiting_my_decision: { vi: 'viec-cho-toi-quyet-dinh', en: 'awaiting-my-decision' },
};

/** A task list exactly as the list reads it (view, filters, the actor's scope), every page, as .xlsx. */
export async function exportTasks(deps: WorkDeps & { names: NameCache }, actor: Actor, query: ExportQuery, reply: FastifyReply) {
  const { lang, ...filters } = query;
  const filter = await taskListFilterOf(deps, actor, filters);
  return sendXlsx(reply, {
    fileName: fileNames[filters.view],
    sheetName: { vi: 'Nhiệm vụ', en: 'Tasks' },
    columns: taskColumns(lang),
    pages: keysetPages((cursor, limit) => listTasks(deps, actor, { ...filters, cursor, limit })),
    total: filter ? await countTaskPage(deps.db, filter) : 0,
    language: lang,
    now: deps.clock.now(),
  });
}

type DashboardRow = Awaited<ReturnType<typeof unitDashboard>>['units'][number];
const dashboardColumns = (topDepth: number): XlsxColumn<DashboardRow>[] => [
  { title: { vi: 'Đơn vị', en: 'Unit' }, width: 40, value: (row) => `${'    '.repeat(row.depth - topDepth)}${row.name}` },
  { title: { vi: 'Đang thực hiện', en: 'Open' }, kind: 'number', width: 14, value: (row) => row.open },
  { title: { vi: 'Quá hạn', en: 'Overdue' }, kind: 'number', width: 12, value: (row) => row.overdue },
  { title: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' }, kind: 'number', width: 16, value: (row) => row.completedOnTime },
  { title: { vi: 'Hoàn thành quá hạn', en: 'Completed late' }, kind: 'number', width: 16, value: (row) => row.completedLate },
  { title: { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' }, kind: 'percent', width: 14, value: (row) => (row.onTimeRate === null ? null : row.onTimeRate * 100) },
  { title: { vi: 'Số lần chuyển', en: 'Transfers' }, kind: 'number', width: 12, value: (row) => row.transfers },
  { title: { vi: 'Số lần gia hạn', en: 'Extensions' }, kind: 'number', width: 12, value: (row) => row.extensions },
];

/** The dashboard table (counters rolled up per unit) as the leader or head sees it. */
export async function exportDashboard(deps: WorkDeps, actor: Actor, query: z.infer<typeof dashboardQuery> & z.infer<typeof exportQuery>, reply: FastifyReply) {
  const { units } = await unitDashboard(deps, actor, query);
  return sendXlsx(reply, {
    fileName: { vi: 'bang-theo-doi', en: 'dashboard' },
    sheetName: { vi: 'Bảng theo dõi', en: 'Dashboard' },
    columns: dashboardColumns(units[0]?.depth ?? 0),
    pages: singlePage(units),
    total: units.length,
    language: query.lang,
    now: deps.clock.now(),
  });
}
