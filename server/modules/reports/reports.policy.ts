import { type Actor, hasRole, isPathInScope } from '../../platform/actor.js';
import { maySeeEveryCaseSubject } from '../conduct/index.js';

/** Leaders and administrators report on any unit; a unit head on the units they manage. */
export const mayGenerateReports = (actor: Actor) => hasRole(actor, 'leader', 'agency_admin', 'system_admin', 'unit_head');

export function canReportOn(actor: Actor, unitPath: string): boolean {
  if (hasRole(actor, 'leader', 'agency_admin', 'system_admin')) return true;
  return hasRole(actor, 'unit_head') && isPathInScope(actor, unitPath);
}

/** A report marked confidential names conduct subjects: only who sees every case with its subject makes or reads one. */
export const mayUseConfidentialReports = (actor: Actor) => maySeeEveryCaseSubject(actor);

/** A run is seen by who asked for it and by those who may report on its unit; a confidential one only by those allowed its names. */
export const canSeeRun = (actor: Actor, run: { requestedByPersonId: string | null; unitPath: string; isConfidential: boolean }) =>
  (!run.isConfidential || mayUseConfidentialReports(actor)) &&
  ((run.requestedByPersonId !== null && run.requestedByPersonId === actor.personId) || canReportOn(actor, run.unitPath));
