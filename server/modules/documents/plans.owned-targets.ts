import { and, asc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { documents, planTargets } from '../../db/schema/index.js';

export interface OwnedTarget {
  id: string;
  metric: string;
  unitOfMeasure: string;
  targetValue: number;
  reachedValue: number;
  deadline: string;
  unitId: string;
  accountablePersonId: string;
  planId: string;
  planNumber: string | null;
  planTitle: string;
}

async function targetsWhere(db: Db | Tx, where: SQL | undefined, limit: number): Promise<OwnedTarget[]> {
  return db
    .select({
      id: planTargets.id,
      metric: planTargets.metric,
      unitOfMeasure: planTargets.unitOfMeasure,
      targetValue: planTargets.targetValue,
      reachedValue: planTargets.reachedValue,
      deadline: planTargets.deadline,
      unitId: planTargets.unitId,
      accountablePersonId: planTargets.accountablePersonId,
      planId: planTargets.planId,
      planNumber: documents.number,
      planTitle: documents.title,
    })
    .from(planTargets)
    .innerJoin(documents, eq(documents.id, planTargets.planId))
    .where(where)
    .orderBy(asc(planTargets.deadline), asc(planTargets.id))
    .limit(limit);
}

/** The plan targets the given people are accountable for (a person's responsibility page). */
export function targetsOwnedBy(db: Db | Tx, agencyId: string, personIds: string[], limit = 200) {
  return targetsWhere(db, and(eq(planTargets.agencyId, agencyId), inArray(planTargets.accountablePersonId, personIds)), limit);
}

/** The plan targets of a unit subtree (a unit's responsibility matrix). */
export function targetsInSubtree(db: Db | Tx, agencyId: string, unitPath: string, limit = 500) {
  return targetsWhere(db, and(eq(planTargets.agencyId, agencyId), like(planTargets.unitPath, `${unitPath}%`)), limit);
}
