import { sql, type SQL } from 'drizzle-orm';
import { type Actor, hasRole } from '../../platform/actor.js';
import type { CaseRelation } from './conduct.access.js';

interface CaseRef {
  subjectKind: 'person' | 'unit';
  subjectPersonId: string | null;
  subjectUnitPath: string;
  handlingInspectorId: string | null;
}

/** Every relation the actor holds to one case; the access table turns them into a view. */
export function relationsTo(actor: Actor, row: CaseRef): CaseRelation[] {
  const relations: CaseRelation[] = [];
  const isPersonSubject = row.subjectKind === 'person' && actor.personId !== null && actor.personId === row.subjectPersonId;
  // A collective answers through its head: the head of the unit under review acts as the subject.
  const isUnitSubject = row.subjectKind === 'unit' && hasRole(actor, 'unit_head') && actor.managedUnitPaths.includes(row.subjectUnitPath);
  if (isPersonSubject || isUnitSubject) relations.push('subject');
  if (actor.personId !== null && actor.personId === row.handlingInspectorId && hasRole(actor, 'inspector', 'leader')) relations.push('handling_inspector');
  // Nobody reviews their own case in another capacity.
  if (isPersonSubject) return relations;
  if (hasRole(actor, 'inspector')) relations.push('inspector');
  if (hasRole(actor, 'leader')) relations.push('leader');
  if (hasRole(actor, 'unit_head') && !isUnitSubject && actor.managedUnitPaths.some((path) => row.subjectUnitPath.startsWith(path)))
    relations.push('subject_unit_head');
  if (hasRole(actor, 'agency_admin')) relations.push('agency_admin');
  if (hasRole(actor, 'staff')) relations.push('staff');
  return relations;
}

/**
 * The list scope in SQL, the same table as `viewOf`: leaders see every case; inspectors the normal
 * ones and those they handle; unit heads the normal cases in their units; a subject their own once
 * asked to explain. Null = nothing.
 */
export function caseScopeFilter(actor: Actor): SQL | null {
  const parts: SQL[] = [];
  if (hasRole(actor, 'leader')) return sql`true`;
  if (hasRole(actor, 'inspector')) {
    parts.push(sql`c.confidentiality = 'normal'`);
    if (actor.personId) parts.push(sql`c.handling_inspector_id = ${actor.personId}`);
  }
  if (hasRole(actor, 'unit_head')) {
    for (const path of actor.managedUnitPaths) {
      parts.push(sql`(c.confidentiality = 'normal' and c.subject_unit_path like ${`${path}%`})`);
      parts.push(sql`(c.subject_kind = 'unit' and c.subject_unit_path = ${path} and c.status not in ('recorded', 'verifying'))`);
    }
  }
  if (actor.personId) parts.push(sql`(c.subject_person_id = ${actor.personId} and c.status not in ('recorded', 'verifying'))`);
  if (parts.length === 0) return null;
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Who sees every case of the agency with its subject (the leaders, as `caseScopeFilter` says): the readers of a confidential report. */
export const maySeeEveryCaseSubject = (actor: Actor) => hasRole(actor, 'leader');

/** Catalog administration: agency administrators; inspectors and leaders read. */
export function canManageCatalog(actor: Actor): boolean {
  return hasRole(actor, 'agency_admin', 'system_admin');
}
export function canReadCatalog(actor: Actor): boolean {
  return hasRole(actor, 'agency_admin', 'system_admin', 'inspector', 'leader');
}
export function isCaseWorker(actor: Actor): boolean {
  return hasRole(actor, 'inspector', 'leader');
}
