import { type Actor, hasRole, seesWholeAgency } from '../../platform/actor.js';

const managesPath = (actor: Actor, unitPath: string) => hasRole(actor, 'unit_head') && actor.managedUnitPaths.some((path) => unitPath.startsWith(path));
const isLeaderOrAdmin = (actor: Actor) => hasRole(actor, 'leader', 'agency_admin', 'system_admin');

/** Unit heads write the procedures of the units they manage; leaders and administrators anywhere. */
export function canDraftIn(actor: Actor, unitPath: string): boolean {
  return isLeaderOrAdmin(actor) || managesPath(actor, unitPath);
}

/** Approval and publication: the head of the procedure's unit (or of a unit above it) or a leader. */
export function canApproveIn(actor: Actor, unitPath: string): boolean {
  return hasRole(actor, 'leader') || managesPath(actor, unitPath);
}

/** Published procedures are the agency's rules: everyone in it reads them; drafts stay with their writers. */
export function canSeeVersion(actor: Actor, unitPath: string, status: string): boolean {
  return status === 'published' || status === 'superseded' || canDraftIn(actor, unitPath) || canApproveIn(actor, unitPath);
}

/** Staff of the procedure's unit (and its subunits) start runs of it; managers and leaders too. */
export function canStartRunIn(actor: Actor, unitPath: string): boolean {
  return isLeaderOrAdmin(actor) || managesPath(actor, unitPath) || (actor.unitPath !== null && actor.unitPath.startsWith(unitPath));
}

/** A run is seen by its starter, the people named on its steps, the unit's managers and agency-wide roles. */
export function canSeeRun(actor: Actor, run: { unitPath: string; startedById: string }, stepPeople: string[]): boolean {
  if (seesWholeAgency(actor) || managesPath(actor, run.unitPath)) return true;
  if (actor.personId && (run.startedById === actor.personId || stepPeople.includes(actor.personId))) return true;
  return actor.unitPath !== null && actor.unitPath.startsWith(run.unitPath);
}

/** Who records a new promised date for a late run: its starter or the unit's managers. */
export function canPromise(actor: Actor, run: { unitPath: string; startedById: string }): boolean {
  return run.startedById === actor.personId || managesPath(actor, run.unitPath) || hasRole(actor, 'leader');
}

/** Who stops a run with a reason: its starter, the unit's managers or a leader. */
export function canCancelRun(actor: Actor, run: { unitPath: string; startedById: string }): boolean {
  return canPromise(actor, run);
}

/** The responsibility matrix of a unit: its managers and agency-wide roles. */
export function canSeeMatrix(actor: Actor, unitPath: string): boolean {
  return seesWholeAgency(actor) || managesPath(actor, unitPath);
}
