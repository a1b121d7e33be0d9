import { taskSignalKinds, type TaskSignalKind } from '../../../contracts/work.js';
import { addCalendarDays, laterDate, localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { isOpen, outcomeOf } from './work.state.js';
import type { DecisionContext, TaskSignal, TaskState } from './work.state.js';

/** Thresholds in working days (counts: transfers, extensions). Per agency, defaults below. */
export interface SignalSettings {
  dueSoonDays: number;
  acceptDays: number;
  stalledDays: number;
  difficultyDecisionDays: number;
  reviewDays: number;
  bouncedAtTransfers: number;
  extendedAtExtensions: number;
  escalationStepDays: number;
}

export const defaultSignalSettings: SignalSettings = {
  dueSoonDays: 2,
  acceptDays: 1,
  stalledDays: 5,
  difficultyDecisionDays: 2,
  reviewDays: 2,
  bouncedAtTransfers: 2,
  extendedAtExtensions: 2,
  escalationStepDays: 2,
};

export type SignalCalendar = Pick<WorkingCalendar, 'isWorkingDay' | 'addWorkingDays' | 'previousWorkingDay' | 'workingDaysBetween'>;

/** The first day on which "more than `limit` working days since `from`" holds. */
const firstDayBeyond = (calendar: SignalCalendar, from: string, limit: number) => calendar.addWorkingDays(from, limit + 1);

/** The first day on which at most `days` working days remain until `dueDate`. */
function firstDueSoonDay(calendar: SignalCalendar, dueDate: string, days: number): string {
  let day = calendar.isWorkingDay(dueDate) ? dueDate : calendar.previousWorkingDay(dueDate);
  for (let step = 0; step < days; step++) day = calendar.previousWorkingDay(day);
  return day;
}

/** The later of two instants, a missing one giving way (compared by getTime: `>` on Dates converts both through valueOf). */
const laterInstant = (a: Date | null, b: Date | null) => (a && (!b || a.getTime() > b.getTime()) ? a : b);

const URGENCY = new Map<TaskSignalKind, number>(taskSignalKinds.map((kind, index) => [kind, index]));
const byUrgency = (a: TaskSignal, b: TaskSignal) => URGENCY.get(a.kind)! - URGENCY.get(b.kind)!;

/**
 * The signals a task shows today, most urgent first. Closed tasks show none: their record speaks through the outcome.
 * Every list item runs this: it creates no closures (under tsx each one also names itself, a property write).
 */
export function computeSignals(
  task: TaskState,
  calendar: SignalCalendar,
  now: DecisionContext,
  settings: SignalSettings = defaultSignalSettings,
): TaskSignal[] {
  if (!isOpen(task)) return [];
  const today = now.today;
  const assignedOn = localDateOf(task.assignedAt);
  const signals: TaskSignal[] = [];
  // A task created after its clock started only counts from its assignment: each `since` is laterDate(…, assignedOn).

  const outcome = outcomeOf(task, now.instant);
  if (outcome === 'open_overdue') signals.push({ kind: 'overdue', since: laterDate(addCalendarDays(task.dueDate, 1), assignedOn) });
  const isWorking = task.status === 'assigned' || task.status === 'in_progress';
  if (isWorking && outcome === 'open_in_time' && calendar.workingDaysBetween(today, task.dueDate) <= settings.dueSoonDays) {
    signals.push({ kind: 'due_soon', since: laterDate(firstDueSoonDay(calendar, task.dueDate, settings.dueSoonDays), assignedOn) });
  }
  // An owner who asked for a transfer has answered; the pending request is someone else's move.
  if (task.status === 'assigned' && task.openRequest === null && calendar.workingDaysBetween(assignedOn, today) > settings.acceptDays) {
    signals.push({ kind: 'unaccepted', since: laterDate(firstDayBeyond(calendar, assignedOn, settings.acceptDays), assignedOn) });
  }
  const lastActivity = laterInstant(laterInstant(task.inProgressSince, task.lastProgressAt), task.acceptedAt);
  if (task.status === 'in_progress' && lastActivity) {
    const activeOn = localDateOf(lastActivity);
    if (calendar.workingDaysBetween(activeOn, today) > settings.stalledDays)
      signals.push({ kind: 'stalled', since: laterDate(firstDayBeyond(calendar, activeOn, settings.stalledDays), assignedOn) });
  }
  const request = task.openRequest;
  if (request?.kind === 'difficulty') {
    const raisedOn = localDateOf(request.openedAt);
    if (calendar.workingDaysBetween(raisedOn, today) > settings.difficultyDecisionDays) {
      signals.push({ kind: 'difficulty_overdue', since: laterDate(firstDayBeyond(calendar, raisedOn, settings.difficultyDecisionDays), assignedOn) });
    }
  }
  if (task.status === 'submitted' && task.submittedAt) {
    const submittedOn = localDateOf(task.submittedAt);
    if (calendar.workingDaysBetween(submittedOn, today) > settings.reviewDays)
      signals.push({ kind: 'result_unreviewed', since: laterDate(firstDayBeyond(calendar, submittedOn, settings.reviewDays), assignedOn) });
  }
  if (task.transferCount >= settings.bouncedAtTransfers) signals.push({ kind: 'bounced', since: null });
  if (task.extensionCount >= settings.extendedAtExtensions) signals.push({ kind: 'extended', since: null });
  return signals.length > 1 ? signals.sort(byUrgency) : signals;
}

/**
 * Who must hear of a persisting signal: 0 = the owner only; each further `escalationStepDays` working days
 * climbs one level (1 = head of the task's unit, 2 = head of its parent unit, …). The caller stops at the root.
 */
export function escalationLevel(
  signalSince: string,
  today: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
  settings: SignalSettings = defaultSignalSettings,
): number {
  const persisted = calendar.workingDaysBetween(signalSince, today);
  return Math.max(0, Math.floor(persisted / settings.escalationStepDays));
}

/** Signals with their escalation level, as the API shows them; standing facts stay at level 0. */
export function withEscalation(
  signals: TaskSignal[],
  today: string,
  calendar: Pick<WorkingCalendar, 'workingDaysBetween'>,
  settings: SignalSettings = defaultSignalSettings,
) {
  const shown: (TaskSignal & { level: number })[] = [];
  // Named fields, not a spread: copying each signal by spread was a sixth of presenting a list item.
  for (const { kind, since } of signals) shown.push({ kind, since, level: since ? escalationLevel(since, today, calendar, settings) : 0 });
  return shown;
}
