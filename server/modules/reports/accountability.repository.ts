import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { publicAccountabilityUnits, units } from '../../db/schema/index.js';

/** The units an agency publishes figures for, with their names and paths. */
export async function publishedUnits(db: Db, agencyId: string) {
  return db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(publicAccountabilityUnits)
    .innerJoin(units, eq(units.id, publicAccountabilityUnits.unitId))
    .where(and(eq(publicAccountabilityUnits.agencyId, agencyId), eq(publicAccountabilityUnits.isPublished, true)))
    .orderBy(asc(units.path));
}

export async function setPublished(tx: Tx, agencyId: string, unitId: string, isPublished: boolean, now: Date) {
  await tx
    .insert(publicAccountabilityUnits)
    .values({ agencyId, unitId, isPublished, changedAt: now })
    .onConflictDoUpdate({ target: [publicAccountabilityUnits.agencyId, publicAccountabilityUnits.unitId], set: { isPublished, changedAt: now } });
}
