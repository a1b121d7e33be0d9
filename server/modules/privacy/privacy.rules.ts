import { addCalendarDays, type WorkingCalendar } from '../../platform/calendar/index.js';

/**
 * The answer deadline of a data-subject request, per shared/domain/BRIEF.md §6.2 (marked [S], sourced):
 * from 1/1/2026 Decree 356/2025/NĐ-CP (guiding PDP Law 91/2025/QH15) — within 2 working days;
 * before that Decree 13/2023/NĐ-CP — within 72 hours, taken here as 3 calendar days from the received date.
 * The brief does not give the counting start; we count from the day after receipt, as working-day limits are counted here.
 */
export const DECREE_356_IN_FORCE = '2026-01-01';
export const ANSWER_WORKING_DAYS = 2;
export const DECREE_13_DAYS = 3;

export type DueRule = 'decree_356_2025' | 'decree_13_2023';

export function dueRuleOf(receivedOn: string): DueRule {
  return receivedOn >= DECREE_356_IN_FORCE ? 'decree_356_2025' : 'decree_13_2023';
}

export function answerDueOn(calendar: WorkingCalendar, receivedOn: string): string {
  return dueRuleOf(receivedOn) === 'decree_356_2025' ? calendar.addWorkingDays(receivedOn, ANSWER_WORKING_DAYS) : addCalendarDays(receivedOn, DECREE_13_DAYS);
}

export const DUE_RULE_TEXT: Record<DueRule, string> = {
  decree_356_2025: 'Nghị định 356/2025/NĐ-CP: 2 ngày làm việc',
  decree_13_2023: 'Nghị định 13/2023/NĐ-CP: 72 giờ',
};

/** Unanswered and past its deadline on `today` (a local date). */
export function isOverdue(request: { state: string; answerDueOn: string }, today: string): boolean {
  return request.state === 'received' && request.answerDueOn < today;
}

/** A request can be answered or refused once, while it is still received; nothing later rewrites the answer. */
export function canDecide(state: string): boolean {
  return state === 'received';
}
