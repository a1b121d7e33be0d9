import { type Actor, hasRole, isPathInScope } from '../../platform/actor.js';

/** Leaders and administrators report on any unit; a unit head on the units they manage. */
export const mayGenerateReports = (actor: Actor) => hasRole(actor, 'leader', 'agency_admin', 'system_admin', 'unit_head');

export function canReportOn(actor: Actor, unitPath: string): boolean {
  if (hasRole(actor, 'leader', 'agency_admin', 'system_admin')) return true;
  return hasRole(actor, 'unit_head') && isPathInScope(actor, unitPath);
}

/** A run is seen by who asked for it and by those who may report on its unit. */
export const canSeeRun = (actor: Actor, run: { requestedByPersonId: string | null; unitPath: string }) =>
  (run.requestedByPersonId !== null && run.requestedByPersonId === actor.personId) || canReportOn(actor, run.unitPath);
