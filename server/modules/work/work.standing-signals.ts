import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TaskSignalKind } from '../../../contracts/work.js';
import type { Tx } from '../../db/client.js';
import { taskEvents } from '../../db/schema/index.js';
import { localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { escalationLevel, type SignalSettings } from './work.signals.js';

/** Facts without a clock of their own: a task handed on too often, or extended too often. */
export const STANDING_SIGNALS: readonly TaskSignalKind[] = ['bounced', 'extended'];

export interface StandingTask {
  id: string;
  assignedAt: Date;
  signalKinds: readonly string[];
}

/**
 * When each standing signal of these tasks appeared: the local date of the event whose transfer or
 * extension count first reached the threshold (task_events keep the counts that changed). A task whose
 * events do not show it (counts set by an import) counts from its assignment, so the date never moves.
 */
export async function standingSignalDates(tx: Tx, agencyId: string, tasks: StandingTask[], settings: SignalSettings) {
  const ids = tasks.filter((task) => task.signalKinds.some((kind) => STANDING_SIGNALS.includes(kind as TaskSignalKind))).map((task) => task.id);
  const dates = new Map<string, Partial<Record<TaskSignalKind, string>>>();
  if (ids.length === 0) return dates;
  const rows = await tx
    .select({
      taskId: taskEvents.taskId,
      bounced: sql<
        string | null
      >`min(${taskEvents.occurredAt}) filter (where (${taskEvents.after} ->> 'transferCount')::int >= ${settings.bouncedAtTransfers})`,
      extended: sql<
        string | null
      >`min(${taskEvents.occurredAt}) filter (where (${taskEvents.after} ->> 'extensionCount')::int >= ${settings.extendedAtExtensions})`,
    })
    .from(taskEvents)
    .where(and(eq(taskEvents.agencyId, agencyId), inArray(taskEvents.taskId, ids)))
    .groupBy(taskEvents.taskId);
  const found = new Map(rows.map((row) => [row.taskId, row]));
  for (const task of tasks) {
    if (!ids.includes(task.id)) continue;
    const row = found.get(task.id);
    const dateOf = (at: string | Date | null | undefined) => localDateOf(at ? new Date(at) : task.assignedAt);
    dates.set(task.id, { bounced: dateOf(row?.bounced), extended: dateOf(row?.extended) });
  }
  return dates;
}

/**
 * Who hears of a standing signal: when it appears, the assigner and the head of the task's unit;
 * each further escalation step one level up the tree (the parent unit's head, …), as other signals climb.
 */
export function standingSignalNotice(
  task: { assignerId: string; unitPath: string },
  since: string,
  today: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
  settings: SignalSettings,
  headsAt: (unitPath: string, level: number) => string[],
) {
  const level = escalationLevel(since, today, calendar, settings);
  const recipients = level === 0 ? [task.assignerId, ...headsAt(task.unitPath, 1)] : headsAt(task.unitPath, level + 1);
  return { level, recipients };
}
