import type { CaseSignalKind, CaseStatus } from '../../../contracts/conduct-vocabulary.js';
import { handlingStatuses } from '../../../contracts/conduct-vocabulary.js';
import { addCalendarDays } from '../../platform/calendar/dates.js';
import { statuteOf } from './conduct.deadlines.js';

export interface CaseSignal {
  kind: CaseSignalKind;
  since: string | null;
  detail: string | null;
}

/** Days before the handling limit when the case starts to show "due soon". */
export const HANDLING_DUE_SOON_DAYS = 10;

export interface SignalInput {
  status: CaseStatus;
  handlingDueOn: string;
  explanationDueOn: string | null;
  appealDueOn: string | null;
  violationOn: string | null;
}

/**
 * Each overdue step is a signal: the handling limit near or passed, an explanation not given by
 * its deadline, an appeal window ended without the case being closed, and the statute of
 * limitations (warned from recording on).
 */
export function computeCaseSignals(input: SignalInput, today: string): CaseSignal[] {
  const signals: CaseSignal[] = [];
  const isHandled = (handlingStatuses as readonly CaseStatus[]).includes(input.status);
  if (isHandled) {
    if (today > input.handlingDueOn) signals.push({ kind: 'handling_overdue', since: addCalendarDays(input.handlingDueOn, 1), detail: input.handlingDueOn });
    else if (today >= addCalendarDays(input.handlingDueOn, -HANDLING_DUE_SOON_DAYS))
      signals.push({ kind: 'handling_due_soon', since: addCalendarDays(input.handlingDueOn, -HANDLING_DUE_SOON_DAYS), detail: input.handlingDueOn });
  }
  if (input.status === 'awaiting_explanation' && input.explanationDueOn && today > input.explanationDueOn) {
    signals.push({ kind: 'explanation_overdue', since: addCalendarDays(input.explanationDueOn, 1), detail: input.explanationDueOn });
  }
  if (input.status === 'notified' && input.appealDueOn && today > input.appealDueOn) {
    signals.push({ kind: 'appeal_window_ended', since: addCalendarDays(input.appealDueOn, 1), detail: input.appealDueOn });
  }
  if (isHandled || input.status === 'deferred') {
    const statute = statuteOf(input.violationOn, today);
    if (statute.status === 'expired' || statute.status === 'reprimand_level_expired') {
      signals.push({ kind: 'statute_warning', since: null, detail: statute.status });
    }
  }
  return signals;
}

export function signalColumns(signals: CaseSignal[]) {
  return { signals, signalKinds: signals.map((signal) => signal.kind) };
}
