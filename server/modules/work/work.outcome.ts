import type { TaskOutcome } from '../../../contracts/work.js';
import { isLate, type WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { TaskState } from './work.state.js';

export type DueInput = { dueDate: string } | { workingDays: number };

/** A due date given directly, or as the N-th working day after the start date (holidays skipped). */
export function resolveDueDate(due: DueInput, startDate: string, calendar: Pick<WorkingCalendar, 'addWorkingDays'>): string {
  return 'dueDate' in due ? due.dueDate : calendar.addWorkingDays(startDate, due.workingDays);
}

/**
 * The Government Office's four states. Timeliness is the owner's: it is measured when the accepted result was
 * submitted, so an assigner slow to review does not make the owner late. While a result waits for review it is
 * judged by its submission too; a returned result clears that, and the clock runs again.
 */
export function outcomeOf(task: Pick<TaskState, 'status' | 'dueDate' | 'submittedAt'>, now: Date): TaskOutcome | null {
  if (task.status === 'cancelled') return null;
  const hasResult = task.status === 'submitted' || task.status === 'completed';
  const isLateNow = isLate(task.dueDate, (hasResult ? task.submittedAt : null) ?? now);
  if (task.status === 'completed') return isLateNow ? 'completed_late' : 'completed_on_time';
  return isLateNow ? 'open_overdue' : 'open_in_time';
}

export const isOpen = (task: Pick<TaskState, 'status'>) => task.status === 'assigned' || task.status === 'in_progress' || task.status === 'submitted';
