import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { TargetRef } from '../../../contracts/plans.js';
import { documents, people, planTargets } from '../../db/schema/index.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import { likePattern } from '../../platform/search-text.js';
import type { DocumentsDeps } from './documents.deps.js';

const LOOKUP_LIMIT = 20;

/**
 * The plan targets a person may name as a task's source, searched by metric or plan number/title: the
 * same rule as the task-source check (leaders and administrators any in the agency, unit heads those
 * of the units they manage), applied in SQL so nobody is shown a target they could not assign from.
 */
export async function lookupAssignableTargets(deps: DocumentsDeps, actor: Actor, q: string | undefined): Promise<{ items: TargetRef[] }> {
  const isAgencyWide = hasRole(actor, 'leader', 'agency_admin', 'system_admin');
  if (!isAgencyWide && actor.managedUnitPaths.length === 0) return { items: [] };
  const scope = isAgencyWide ? undefined : or(...actor.managedUnitPaths.map((path) => sql`${planTargets.unitPath} like ${`${path}%`}`));
  // The plan's number and title are folded (no diacritics); a target's metric is matched as typed.
  const search = q
    ? or(sql`${documents.searchText} like ${likePattern(q)}`, sql`${planTargets.metric} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`)
    : undefined;
  const rows = await deps.db
    .select({ target: planTargets, planNumber: documents.number, planTitle: documents.title, personName: people.fullName })
    .from(planTargets)
    .innerJoin(documents, eq(documents.id, planTargets.planId))
    .innerJoin(people, eq(people.id, planTargets.accountablePersonId))
    .where(and(eq(planTargets.agencyId, actor.agencyId), scope, search))
    .orderBy(asc(planTargets.deadline), asc(planTargets.id))
    .limit(LOOKUP_LIMIT);
  return {
    items: rows.map(({ target, planNumber, planTitle, personName }) => ({
      id: target.id,
      metric: target.metric,
      unitOfMeasure: target.unitOfMeasure,
      deadline: target.deadline,
      accountablePerson: { id: target.accountablePersonId, fullName: personName },
      plan: { id: target.planId, number: planNumber, title: planTitle },
    })),
  };
}
