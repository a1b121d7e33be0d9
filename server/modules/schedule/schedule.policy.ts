import type { ScheduleCommandName, WeeklyScheduleStatus } from '../../../contracts/schedule.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { canEditEntries, canMove } from './schedule.rules.js';

/**
 * Who acts on the weekly schedule. There is no "office" role: the Office is a unit of kind `office`
 * (Văn phòng), so its members — staff and its head — draft; an agency administrator stands in where
 * no Office is set up. Leaders approve, and never draft, even when they sit in an office-kind unit
 * (a standing committee, Thường trực): who approves a schedule is not who wrote it. The Office or a
 * leader publishes what a leader approved. The news `editor` role was not chosen: it writes the
 * portal's articles, which is another job than keeping the leaders' diary.
 */
export interface ScheduleStanding {
  isOffice: boolean;
  isLeader: boolean;
}

export function standingOf(actor: Actor, unitKind: string | null): ScheduleStanding {
  const isLeader = hasRole(actor, 'leader');
  return { isOffice: (unitKind === 'office' && !isLeader) || hasRole(actor, 'agency_admin'), isLeader };
}

/** Drafters and leaders see every state; everyone else only a published schedule. */
export const seesUnpublished = (standing: ScheduleStanding) => standing.isOffice || standing.isLeader;

export function scheduleAbilities(standing: ScheduleStanding, status: WeeklyScheduleStatus | null): Record<ScheduleCommandName, boolean> {
  const { isOffice, isLeader } = standing;
  if (status === null) return { create: isOffice, editEntries: false, submit: false, approve: false, returnToDraft: false, publish: false };
  return {
    create: false,
    editEntries: (isOffice || (isLeader && status === 'published')) && canEditEntries(status),
    submit: isOffice && canMove(status, 'submit'),
    approve: isLeader && canMove(status, 'approve'),
    returnToDraft: isLeader && canMove(status, 'returnToDraft'),
    publish: (isOffice || isLeader) && canMove(status, 'publish'),
  };
}
