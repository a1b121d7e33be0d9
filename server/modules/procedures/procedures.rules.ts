import type { LimitUnit, ProcedureVersionStatus, RunStepState } from '../../../contracts/procedures.js';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../../platform/calendar/dates.js';
import { addWorkingHours, OFFICE_WINDOWS, type WorkingCalendar } from '../../platform/calendar/working-days.js';

/** A working day of office hours (08:00–12:00, 13:30–17:00), the unit a day-limit is counted in. */
export const HOURS_PER_WORKING_DAY = 7.5;
const HOUR_MS = 3_600_000;

export function limitHoursOf(step: { limitValue: number; limitUnit: LimitUnit }): number {
  return step.limitUnit === 'working_days' ? step.limitValue * HOURS_PER_WORKING_DAY : step.limitValue;
}

// ── Versions ──

export type VersionAction = 'edit' | 'submit' | 'approve' | 'publish' | 'return';

const allowedFrom: Record<VersionAction, ProcedureVersionStatus> = {
  edit: 'draft',
  submit: 'draft',
  approve: 'submitted',
  return: 'submitted',
  publish: 'approved',
};
const resultOf: Record<VersionAction, ProcedureVersionStatus> = {
  edit: 'draft',
  submit: 'submitted',
  approve: 'approved',
  return: 'draft',
  publish: 'published',
};

/** The status after an action, or null when the action is not possible from that status. */
export function nextVersionStatus(status: ProcedureVersionStatus, action: VersionAction): ProcedureVersionStatus | null {
  return allowedFrom[action] === status ? resultOf[action] : null;
}

/**
 * A new draft may be opened only when no other version is still in preparation: one edition is
 * worked on at a time, so the revision log reads as a line.
 */
export function canOpenDraft(statuses: ProcedureVersionStatus[]): boolean {
  return !statuses.some((status) => status === 'draft' || status === 'submitted' || status === 'approved');
}

// ── Step sequencing ──

export interface SequencedStep {
  stepId: string;
  position: number;
  isParallel: boolean;
  needsAcceptance: boolean;
  state: RunStepState;
  /** The status of the step's task, when it has one. */
  taskStatus: string | null;
}

/** Group number of each step: a parallel step joins the group of the step before it. */
export function groupsOf(steps: { position: number; isParallel: boolean }[]): number[] {
  const sorted = [...steps].sort((a, b) => a.position - b.position);
  const byPosition = new Map<number, number>();
  let group = -1;
  for (const [index, step] of sorted.entries()) {
    if (index === 0 || !step.isParallel) group += 1;
    byPosition.set(step.position, group);
  }
  return steps.map((step) => byPosition.get(step.position)!);
}

export interface SyncPlan {
  /** Open steps whose task is accepted now: handed over. */
  finish: string[];
  /** Open steps whose task was cancelled. */
  cancel: string[];
  /** Waiting steps whose task opens now. */
  open: string[];
  isRunComplete: boolean;
}

/**
 * What a run must change so that its steps follow their tasks: a step is handed over when its
 * task's result is accepted; a waiting step opens once every earlier group is handed over (or,
 * for a step that does not need acceptance, has its results submitted); parallel steps open together.
 */
export function planSync(steps: SequencedStep[]): SyncPlan {
  const groups = groupsOf(steps);
  const after = steps.map((step) => {
    if (step.state !== 'open') return step.state;
    if (step.taskStatus === 'completed') return 'done';
    if (step.taskStatus === 'cancelled') return 'cancelled';
    return 'open';
  });
  const finish = steps.filter((step, i) => step.state === 'open' && after[i] === 'done').map((step) => step.stepId);
  const cancel = steps.filter((step, i) => step.state === 'open' && after[i] === 'cancelled').map((step) => step.stepId);
  const open: string[] = [];
  for (const [i, step] of steps.entries()) {
    if (after[i] !== 'waiting') continue;
    const earlier = steps.map((other, j) => ({ other, j })).filter(({ j }) => groups[j] < groups[i]);
    const isPassed = ({ other, j }: { other: SequencedStep; j: number }) =>
      after[j] === 'done' || (!step.needsAcceptance && groups[j] === groups[i] - 1 && after[j] === 'open' && other.taskStatus === 'submitted');
    if (earlier.every(isPassed)) open.push(step.stepId);
  }
  return { finish, cancel, open, isRunComplete: after.every((state) => state === 'done') };
}

// ── Time ──

/** The due date of a step opened at `openedAt` with a limit in working hours. */
export function stepDueDate(calendar: WorkingCalendar, openedAt: Date, limitHours: number): string {
  return localDateOf(addWorkingHours(calendar, openedAt, limitHours));
}

/** The run's overall limit: each group takes its longest step, groups follow each other from the start. */
export function plannedDueDate(calendar: WorkingCalendar, startedAt: Date, steps: { position: number; isParallel: boolean; limitHours: number }[]): string {
  const groups = groupsOf(steps);
  const longest = new Map<number, number>();
  steps.forEach((step, i) => longest.set(groups[i], Math.max(longest.get(groups[i]) ?? 0, step.limitHours)));
  const total = [...longest.values()].reduce((sum, hours) => sum + hours, 0);
  return stepDueDate(calendar, startedAt, total);
}

/** Office hours between two instants on working days: the time a step really held a matter. */
export function workingHoursBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;
  let total = 0;
  const lastDay = localDateOf(to);
  for (let day = localDateOf(from); day <= lastDay; day = addCalendarDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    const midnight = startOfLocalDay(day).getTime();
    for (const [start, end] of OFFICE_WINDOWS) {
      const overlap = Math.min(to.getTime(), midnight + end) - Math.max(from.getTime(), midnight + start);
      if (overlap > 0) total += overlap;
    }
  }
  return Math.round((total / HOUR_MS) * 100) / 100;
}

/** A percentile of sorted numbers by linear interpolation, as PostgreSQL's percentile_cont. */
export function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
