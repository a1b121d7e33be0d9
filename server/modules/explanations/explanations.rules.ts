import type { ExplanationStatus } from '../../../contracts/explanations.js';
import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';

/** The parts of a request its rules read. */
export interface ExplanationFacts {
  status: ExplanationStatus;
  subjectPersonId: string;
  requesterId: string;
  escalatedToIds: string[];
  caseId: string | null;
  dueOn: string;
}

export type ExplanationAbility = 'answer' | 'decide' | 'openCase';

/**
 * Who may ask a person to explain: a leader anyone in the agency, a unit head anyone in the
 * subtrees they manage; nobody themselves.
 */
export function canRequestFrom(actor: Actor, subject: { personId: string; unitPath: string }): boolean {
  if (!actor.personId || actor.personId === subject.personId) return false;
  if (hasRole(actor, 'leader')) return true;
  return hasRole(actor, 'unit_head') && actor.managedUnitPaths.some((prefix) => subject.unitPath.startsWith(prefix));
}

/** The answer is due `workingDays` working days after the day it is asked (the day itself not counted). */
export function explanationDueOn(calendar: WorkingCalendar, askedOn: string, workingDays: number): string {
  return calendar.addWorkingDays(askedOn, workingDays);
}

/** Red: still unanswered after its due day. */
export function isOverdue(facts: Pick<ExplanationFacts, 'status' | 'dueOn'>, today: string): boolean {
  return facts.status === 'awaiting_answer' && facts.dueOn < today;
}

/**
 * What this actor may do next. The subject answers while it waits (late answers too: lateness stays
 * visible); the requester, or whoever it was escalated to, decides on an answer; a leader or an
 * inspector turns a request that was not accepted, or never answered in time, into a conduct case, once.
 */
export function abilitiesOf(actor: Actor, facts: ExplanationFacts, today: string): ExplanationAbility[] {
  const me = actor.personId;
  const abilities: ExplanationAbility[] = [];
  if (me === facts.subjectPersonId && facts.status === 'awaiting_answer') abilities.push('answer');
  const isDecider = me !== null && (me === facts.requesterId || facts.escalatedToIds.includes(me));
  if (isDecider && facts.status === 'answered') abilities.push('decide');
  const isCaseWorthy = facts.status === 'not_accepted' || isOverdue(facts, today);
  if (isCaseWorthy && facts.caseId === null && me !== facts.subjectPersonId && hasRole(actor, 'leader', 'inspector')) abilities.push('openCase');
  return abilities;
}

/** Who sees requests beyond their own links (subject, requester, escalated to): null = the whole agency. */
export function explanationScopePaths(actor: Actor): string[] | null {
  if (seesWholeAgency(actor)) return null;
  return hasRole(actor, 'unit_head') ? actor.managedUnitPaths : [];
}

/**
 * The next level up from the requester: the heads of the requester's own unit, then of each unit
 * above it, skipping the requester (a head asking goes to the head above); the leaders at the top.
 */
export function escalationTargets(requester: { id: string; unitPath: string }, headsByUnit: Map<string, string[]>, leaderIds: string[]): string[] {
  const lineage = requester.unitPath.split('/').filter(Boolean).reverse();
  for (const unitId of lineage) {
    const heads = (headsByUnit.get(unitId) ?? []).filter((id) => id !== requester.id);
    if (heads.length > 0) return heads;
  }
  return leaderIds.filter((id) => id !== requester.id);
}
