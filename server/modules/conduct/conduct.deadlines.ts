import { addCalendarDays } from '../../platform/calendar/dates.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { DISCIPLINE_RULES } from './conduct.reference.js';

/**
 * Legal time limits are counted in days ("ngày") from the event; when the last day is not a
 * working day on the agency calendar, the limit ends on the next working day (Civil Code Art. 148).
 * Deadlines set to a person (an explanation) are counted in working days.
 */
export function legalDeadline(calendar: WorkingCalendar, from: string, days: number): string {
  return calendar.addWorkingDays(addCalendarDays(from, days), 0);
}

/** Handling must end ≤ 90 days from detection; a complex case may be extended once to ≤ 150. */
export function handlingDueOn(calendar: WorkingCalendar, detectedOn: string, isExtended: boolean): string {
  const { days, extendedDays } = DISCIPLINE_RULES.handlingLimit;
  return legalDeadline(calendar, detectedOn, isExtended ? extendedDays : days);
}

export function explanationDueOn(calendar: WorkingCalendar, requestedOn: string, workingDays: number): string {
  return calendar.addWorkingDays(requestedOn, workingDays);
}

export function appealDueOn(calendar: WorkingCalendar, notifiedOn: string): string {
  return legalDeadline(calendar, notifiedOn, DISCIPLINE_RULES.appealWindow.days);
}

/** The same day n years later; 29 February falls back to 28 February. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
  return target.toISOString().slice(0, 10);
}

export type StatuteStatus = 'within' | 'reprimand_level_expired' | 'expired' | 'unknown';

export interface Statute {
  reprimandLevelUntil: string | null;
  heavierUntil: string | null;
  status: StatuteStatus;
}

/**
 * Statute of limitations: 5 years for acts warranting a reprimand, 10 years for a warning or
 * heavier, counted from the act. Exceptions with no limit exist; the warning leaves the decision
 * to the inspector rather than refusing.
 */
export function statuteOf(violationOn: string | null, on: string): Statute {
  if (!violationOn) return { reprimandLevelUntil: null, heavierUntil: null, status: 'unknown' };
  const { reprimandYears, heavierYears } = DISCIPLINE_RULES.statuteOfLimitations;
  const reprimandLevelUntil = addYears(violationOn, reprimandYears);
  const heavierUntil = addYears(violationOn, heavierYears);
  const status: StatuteStatus = on > heavierUntil ? 'expired' : on > reprimandLevelUntil ? 'reprimand_level_expired' : 'within';
  return { reprimandLevelUntil, heavierUntil, status };
}
