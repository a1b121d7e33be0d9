import { and, asc, eq, like } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { people } from '../../db/schema/index.js';

/** The people of a unit subtree (those who left included, marked), by name, at most `limit`. */
export async function peopleInSubtree(db: Db | Tx, agencyId: string, unitPath: string, limit = 500) {
  return db
    .select({ id: people.id, fullName: people.fullName, position: people.position, unitId: people.unitId, status: people.status })
    .from(people)
    .where(and(eq(people.agencyId, agencyId), like(people.unitPath, `${unitPath}%`)))
    .orderBy(asc(people.fullName), asc(people.id))
    .limit(limit);
}
