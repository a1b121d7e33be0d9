import { type Actor, hasRole, isAdministrator } from '../../platform/actor.js';
import type { PeriodRow, ScorecardRow } from './evaluation.repository.js';

const manages = (actor: Actor, path: string) => hasRole(actor, 'unit_head') && actor.managedUnitPaths.some((prefix) => path.startsWith(prefix));

/** Administrators, leaders and the heads of the period's unit (or an ancestor) open, publish and close periods. */
export const canManagePeriod = (actor: Actor, unitPath: string) => isAdministrator(actor) || hasRole(actor, 'leader') || manages(actor, unitPath);

/**
 * The direct manager reviews: the person recorded as reviewer at opening (whoever assigned most of the rated
 * person's tasks in the period, else the unit's head, else the parent unit's head); with none recorded (the
 * top unit's head), the heads above and the leaders.
 */
export const isReviewerOf = (actor: Actor, row: Pick<ScorecardRow, 'reviewerId' | 'unitPath' | 'personId'>) =>
  actor.personId !== null &&
  actor.personId !== row.personId &&
  (row.reviewerId === actor.personId || (row.reviewerId === null && (manages(actor, row.unitPath) || hasRole(actor, 'leader'))));

/** The unit's head decides; for a unit head the parent unit's head; with none recorded, the leaders. */
export const isDeciderOf = (actor: Actor, row: Pick<ScorecardRow, 'deciderId' | 'personId'>) =>
  actor.personId !== row.personId && (row.deciderId === null ? hasRole(actor, 'leader') : row.deciderId === actor.personId);

/** Ratings are sensitive: the person, their reviewer and decider, the heads above them, leaders and administrators. */
export const canSeeScorecard = (actor: Actor, row: ScorecardRow) =>
  actor.personId === row.personId ||
  isReviewerOf(actor, row) ||
  isDeciderOf(actor, row) ||
  isAdministrator(actor) ||
  hasRole(actor, 'leader') ||
  manages(actor, row.unitPath);

export const canSeePeriod = (actor: Actor, period: Pick<PeriodRow, 'unitPath'>) =>
  canManagePeriod(actor, period.unitPath) || (actor.unitPath !== null && actor.unitPath.startsWith(period.unitPath));

/** SQL scope of scorecards for lists: null = the whole agency. */
export function scorecardScope(actor: Actor): { paths: string[] | null; personId: string | null } {
  if (isAdministrator(actor) || hasRole(actor, 'leader')) return { paths: null, personId: actor.personId };
  return { paths: hasRole(actor, 'unit_head') ? actor.managedUnitPaths : [], personId: actor.personId };
}
