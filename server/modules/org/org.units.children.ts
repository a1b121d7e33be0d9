import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { units } from '../../db/schema/index.js';

/** The direct child units of a unit, in their display order. */
export async function childUnitsOf(db: Db, agencyId: string, parentId: string) {
  return db
    .select({ id: units.id, name: units.name, path: units.path, kind: units.kind, isActive: units.isActive })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.parentId, parentId)))
    .orderBy(asc(units.sortOrder), asc(units.name));
}
