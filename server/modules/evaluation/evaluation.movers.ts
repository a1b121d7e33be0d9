import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { evaluationScorecards, personUnitMoves, units } from '../../db/schema/index.js';
import { addCalendarDays, epochDayOf } from '../../platform/calendar/dates.js';
import type { PeriodWindow } from './evaluation.compute.js';
import { ratingUnitOf } from './evaluation.rules.js';

export interface Stint {
  unitId: string;
  days: number;
}

/**
 * The calendar days a person spent in each unit over the period, from their moves inside it (ordered):
 * before the first move in its `from` unit, then in each move's `to` unit until the next.
 */
export function stintsOf(from: string, to: string, moves: { fromUnitId: string; toUnitId: string; movedOn: string }[]): Stint[] {
  const stints: Stint[] = [];
  let since = from;
  let unitId = moves[0]!.fromUnitId;
  for (const move of moves) {
    stints.push({ unitId, days: epochDayOf(move.movedOn) - epochDayOf(since) });
    since = move.movedOn;
    unitId = move.toUnitId;
  }
  stints.push({ unitId, days: epochDayOf(addCalendarDays(to, 1)) - epochDayOf(since) });
  return stints.filter((stint) => stint.days > 0);
}

/**
 * People who moved unit during the period are rated in the unit where they worked the most days (within the
 * period's subtree); their scorecard records the days per unit so it can say so. Only the period's movers are read.
 */
export async function placeMovers(tx: Tx, window: PeriodWindow) {
  const moves = await tx
    .select({
      personId: personUnitMoves.personId,
      fromUnitId: personUnitMoves.fromUnitId,
      toUnitId: personUnitMoves.toUnitId,
      movedOn: personUnitMoves.movedOn,
    })
    .from(personUnitMoves)
    .innerJoin(evaluationScorecards, and(eq(evaluationScorecards.personId, personUnitMoves.personId), eq(evaluationScorecards.periodId, window.periodId)))
    .where(and(eq(personUnitMoves.agencyId, window.agencyId), gt(personUnitMoves.movedOn, window.from), lte(personUnitMoves.movedOn, window.to)))
    .orderBy(personUnitMoves.personId, personUnitMoves.movedAt);
  if (moves.length === 0) return;
  const byPerson = new Map<string, typeof moves>();
  for (const move of moves) byPerson.set(move.personId, [...(byPerson.get(move.personId) ?? []), move]);
  const unitIds = [...new Set(moves.flatMap((move) => [move.fromUnitId, move.toUnitId]))];
  const unitRows = await tx.select({ id: units.id, name: units.name, path: units.path }).from(units).where(inArray(units.id, unitIds));
  const unitOf = new Map(unitRows.map((unit) => [unit.id, unit]));
  for (const [personId, personMoves] of byPerson) {
    const stints = stintsOf(window.from, window.to, personMoves);
    const placement = { units: stints.map((stint) => ({ unitId: stint.unitId, unitName: unitOf.get(stint.unitId)?.name ?? '', days: stint.days })) };
    const ratedIn = unitOf.get(ratingUnitOf(stints) ?? '');
    const isInside = ratedIn !== undefined && ratedIn.path.startsWith(window.unitPath);
    // Rated elsewhere: the unit's head reviews (unless a manager assigned most of the work) and decides.
    await queryRows(
      tx,
      sql`
      update evaluation_scorecards s set placement = ${JSON.stringify(placement)}::jsonb
        ${
          isInside
            ? sql`, unit_id = u.id, unit_path = u.path, is_unit_head = false, decider_id = head.person_id,
          reviewer_id = case when s.reviewer_id is not distinct from s.decider_id then head.person_id else s.reviewer_id end`
            : sql``
        }
      from units u left join unit_managers head on head.unit_id = u.id and head.role = 'head'
      where s.period_id = ${window.periodId} and s.person_id = ${personId} and u.id = ${isInside ? ratedIn.id : sql`s.unit_id`}`,
    );
  }
}
