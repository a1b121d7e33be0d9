import { sql, type SQL } from 'drizzle-orm';
import { publicReports } from '../../db/schema/index.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import type { ReportRow } from './feedback.repository.js';
import { isInLineOfManagement, type RoutingSubject, type StaffRelation } from './feedback.rules.js';

/**
 * Roles that triage public reports for the whole agency. The sealed identity is for inspectors
 * alone (the inspection function handles reports and denunciations and answers for the reporter's
 * protection); agency administrators run the system and do not need to know who reported.
 */
export const TRIAGE_ROLES = ['inspector', 'leader', 'agency_admin'] as const;
export const IDENTITY_ROLE = 'inspector' as const;
/** The conduct module lets inspectors and leaders open cases. */
export const CASE_OPENER_ROLES = ['inspector', 'leader'] as const;

const isSubject = (actor: Actor, row: Pick<ReportRow, 'subjectPersonId'>) => actor.personId !== null && actor.personId === row.subjectPersonId;

const handlesReport = (actor: Actor, row: Pick<ReportRow, 'handlerPersonId' | 'handlerUnitPath'>) =>
  (actor.personId !== null && actor.personId === row.handlerPersonId) ||
  (row.handlerUnitPath !== null && actor.managedUnitPaths.some((path) => row.handlerUnitPath!.startsWith(path)));

/** The reported official never sees the report (404); triage roles and its handlers do. */
export function canSeeReport(actor: Actor, row: Pick<ReportRow, 'subjectPersonId' | 'handlerPersonId' | 'handlerUnitPath'>): boolean {
  if (isSubject(actor, row)) return false;
  return hasRole(actor, ...TRIAGE_ROLES) || handlesReport(actor, row);
}

export function relationsOf(actor: Actor, row: ReportRow, subject: RoutingSubject): StaffRelation[] {
  if (!canSeeReport(actor, row)) return [];
  const relations: StaffRelation[] = [];
  if (hasRole(actor, ...TRIAGE_ROLES)) relations.push('triage');
  if (handlesReport(actor, row)) relations.push('handler');
  if (hasRole(actor, ...CASE_OPENER_ROLES)) relations.push('case_opener');
  const me = { personId: actor.personId ?? '', managedUnitPaths: actor.managedUnitPaths };
  if (hasRole(actor, IDENTITY_ROLE) && !isInLineOfManagement(me, subject)) relations.push('identity_reader');
  return relations;
}

/**
 * Whether the actor has a queue at all: triage roles, and anyone a report can be routed to (a person,
 * by name or as a head of the handling unit). Exactly when `visibleReportsCondition` is not `false`.
 */
export const hasReportQueue = (actor: Actor) => hasRole(actor, ...TRIAGE_ROLES) || actor.managedUnitPaths.length > 0 || actor.personId !== null;

/** The SQL condition for the reports an actor may list; `false` when none. */
export function visibleReportsCondition(actor: Actor): SQL {
  const notSubject = actor.personId ? sql`${publicReports.subjectPersonId} is distinct from ${actor.personId}::uuid` : sql`true`;
  if (hasRole(actor, ...TRIAGE_ROLES)) return notSubject;
  if (!hasReportQueue(actor)) return sql`false`;
  const handled = actor.managedUnitPaths.map((path) => sql`${publicReports.handlerUnitPath} like ${path + '%'}`);
  if (actor.personId) handled.push(sql`${publicReports.handlerPersonId} = ${actor.personId}::uuid`);
  return sql`(${sql.join(handled, sql` or `)}) and ${notSubject}`;
}
