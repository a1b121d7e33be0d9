import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { personUnitMoves, units } from '../../db/schema/index.js';

const fromUnit = alias(units, 'from_unit');
const toUnit = alias(units, 'to_unit');

/** One person's moves between units (where they worked when), for a personal-data export. */
export function personUnitMovesExport(db: Db, agencyId: string, personId: string) {
  return db
    .select({ fromUnitName: fromUnit.name, toUnitName: toUnit.name, movedOn: personUnitMoves.movedOn })
    .from(personUnitMoves)
    .innerJoin(fromUnit, eq(fromUnit.id, personUnitMoves.fromUnitId))
    .innerJoin(toUnit, eq(toUnit.id, personUnitMoves.toUnitId))
    .where(and(eq(personUnitMoves.agencyId, agencyId), eq(personUnitMoves.personId, personId)))
    .orderBy(asc(personUnitMoves.movedAt), asc(personUnitMoves.id))
    .limit(500);
}
