import { taskSignalKinds, type TaskSignalKind } from '../../../contracts/work.js';
import { addCalendarDays, localDateOf } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { isOpen, outcomeOf } from './work.outcome.js';
import type { DecisionContext, TaskState } from './work.state.js';

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

/**
 * A detected condition, never a sanction: a person decides what follows. `since` is the first local date the
 * condition held, the clock of escalation; null for standing facts (bounced, extended), which do not escalate.
 */
export interface TaskSignal {
  kind: TaskSignalKind;
  since: string | null;
}

export type SignalCalendar = Pick<WorkingCalendar, 'isWorkingDay' | 'addWorkingDays' | 'previousWorkingDay' | 'workingDaysBetween'>;

/** The first day on which "more than `limit` working days since `from`" holds. */
const firstDayBeyond = (calendar: SignalCalendar, from: string, limit: number) => calendar.addWorkingDays(from, limit + 1);

/** The first day on which at most `days` working days remain until `dueDate`. */
function firstDueSoonDay(calendar: SignalCalendar, dueDate: string, days: number): string {
  let day = calendar.isWorkingDay(dueDate) ? dueDate : calendar.previousWorkingDay(dueDate);
  for (let step = 0; step < days; step++) day = calendar.previousWorkingDay(day);
  return day;
}

const laterOf = (a: string, b: string) => (a > b ? a : b);
const latestInstant = (...instants: (Date | null)[]) =>
  instants.reduce<Date | null>((latest, instant) => (instant && (!latest || instant > latest) ? instant : latest), null);

/** The signals a task shows today, most urgent first. Closed tasks show none: their record speaks through the outcome. */
export function computeSignals(
  task: TaskState,
  calendar: SignalCalendar,
  now: DecisionContext,
  settings: SignalSettings = defaultSignalSettings,
): TaskSignal[] {
  if (!isOpen(task)) return [];
  const today = now.today;
  const assignedOn = localDateOf(task.assignedAt);
  const isBeyond = (from: string, limit: number) => calendar.workingDaysBetween(from, today) > limit;
  const signals: TaskSignal[] = [];
  // A task created after its clock started only counts from its assignment.
  const add = (kind: TaskSignalKind, since: string | null) => signals.push({ kind, since: since && laterOf(since, assignedOn) });

  const outcome = outcomeOf(task, now.instant);
  if (outcome === 'open_overdue') add('overdue', addCalendarDays(task.dueDate, 1));
  const isWorking = task.status === 'assigned' || task.status === 'in_progress';
  if (isWorking && outcome === 'open_in_time' && calendar.workingDaysBetween(today, task.dueDate) <= settings.dueSoonDays) {
    add('due_soon', firstDueSoonDay(calendar, task.dueDate, settings.dueSoonDays));
  }
  // An owner who asked for a transfer has answered; the pending request is someone else's move.
  if (task.status === 'assigned' && task.openRequest === null && isBeyond(assignedOn, settings.acceptDays)) {
    add('unaccepted', firstDayBeyond(calendar, assignedOn, settings.acceptDays));
  }
  const lastActivity = latestInstant(task.inProgressSince, task.lastProgressAt, task.acceptedAt);
  if (task.status === 'in_progress' && lastActivity && isBeyond(localDateOf(lastActivity), settings.stalledDays)) {
    add('stalled', firstDayBeyond(calendar, localDateOf(lastActivity), settings.stalledDays));
  }
  const request = task.openRequest;
  if (request?.kind === 'difficulty' && isBeyond(localDateOf(request.openedAt), settings.difficultyDecisionDays)) {
    add('difficulty_overdue', firstDayBeyond(calendar, localDateOf(request.openedAt), settings.difficultyDecisionDays));
  }
  if (task.status === 'submitted' && task.submittedAt && isBeyond(localDateOf(task.submittedAt), settings.reviewDays)) {
    add('result_unreviewed', firstDayBeyond(calendar, localDateOf(task.submittedAt), settings.reviewDays));
  }
  if (task.transferCount >= settings.bouncedAtTransfers) add('bounced', null);
  if (task.extensionCount >= settings.extendedAtExtensions) add('extended', null);
  return signals.sort((a, b) => taskSignalKinds.indexOf(a.kind) - taskSignalKinds.indexOf(b.kind));
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
  return signals.map((signal) => ({ ...signal, level: signal.since ? escalationLevel(signal.since, today, calendar, settings) : 0 }));
}
