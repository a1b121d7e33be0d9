import { and, desc, eq, like, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { periodListQuery } from '../../../contracts/evaluation.js';
import type { RatingLevel } from '../../../contracts/evaluation-vocabulary.js';
import { queryRows } from '../../db/client.js';
import { evaluationPeriods, units } from '../../db/schema/index.js';
import { type Actor, hasRole, isAdministrator } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, toPage } from '../../platform/paging.js';
import type { EvaluationDeps } from './evaluation.deps.js';
import { canManagePeriod, canSeePeriod } from './evaluation.policy.js';
import * as repository from './evaluation.repository.js';
import { checkCap } from './evaluation.rules.js';
import { unitFactsFrom, unitFactsOf, unitLevelOf } from './evaluation.unit-rating.js';
import { schemeByCode } from './evaluation.schemes.js';

const present = (actor: Actor, period: repository.PeriodRow, unitName: string, counts: Record<string, number>) => ({
  id: period.id,
  kind: period.kind,
  startsOn: period.startsOn,
  endsOn: period.endsOn,
  unit: { id: period.unitId, name: unitName },
  state: period.state,
  isOutstandingUnit: period.isOutstandingUnit,
  selfAssessmentDueOn: period.selfAssessmentDueOn,
  reviewDueOn: period.reviewDueOn,
  decisionDueOn: period.decisionDueOn,
  referenceVersion: period.referenceVersion,
  counts,
  abilities: period.state === 'open' && canManagePeriod(actor, period.unitPath) ? (['publish', 'close', 'recompute'] as const).slice() : [],
});

/**
 * A period with its counts per step and, per unit and scheme, the level distribution against the cap
 * (the decided level where decided, else the computed one): what the head sees before deciding.
 */
export async function getPeriod(deps: EvaluationDeps, actor: Actor, id: string) {
  const period = await repository.findPeriod(deps.db, actor.agencyId, id);
  if (!period || !canSeePeriod(actor, period)) throw notFound();
  const [unit] = await deps.db.select({ name: units.name }).from(units).where(eq(units.id, period.unitId));
  const rows = await queryRows<{ unit_id: string; unit_name: string; scheme_code: string; state: string; level: RatingLevel | null; count: number }>(
    deps.db,
    sql`
    select s.unit_id, u.name as unit_name, s.scheme_code, s.state, case when s.decided_at is not null then s.level else s.computed_level end as level, count(*)::int as count
    from evaluation_scorecards s join units u on u.id = s.unit_id
    where s.period_id = ${id} group by 1, 2, 3, 4, 5 order by 2, 3`,
  );
  const counts: Record<string, number> = {};
  const groups = new Map<string, { unitId: string; unitName: string; schemeCode: string; levels: Record<string, number>; list: (RatingLevel | null)[] }>();
  for (const row of rows) {
    counts[row.state] = (counts[row.state] ?? 0) + row.count;
    const key = `${row.unit_id}:${row.scheme_code}`;
    const group = groups.get(key) ?? { unitId: row.unit_id, unitName: row.unit_name, schemeCode: row.scheme_code, levels: {}, list: [] };
    group.levels[row.level ?? 'not_rated'] = (group.levels[row.level ?? 'not_rated'] ?? 0) + row.count;
    for (let i = 0; i < row.count; i++) group.list.push(row.level);
    groups.set(key, group);
  }
  const unitFacts = await unitFactsOf(deps.db, period);
  const factsOf = new Map(unitFacts.map((row) => [row.unit_id, row]));
  const distribution = [...groups.values()].map(({ list, ...group }) => {
    const scheme = schemeByCode(group.schemeCode);
    const facts = factsOf.get(group.unitId);
    // A unit's rating from its targets due in the period, its on-time rate and its members' levels (Decree 90/2020 managers' thresholds).
    const unitRating = unitLevelOf(unitFactsFrom(facts, list));
    return {
      ...group,
      unitRating,
      cap: { unitId: group.unitId, unitName: group.unitName, schemeCode: group.schemeCode, ...checkCap(scheme, list, period.isOutstandingUnit) },
    };
  });
  return { ...present(actor, period, unit?.name ?? '', counts), distribution };
}

/** Periods the actor may see: all for leaders and administrators, else those over their unit or the subtrees they head. */
export async function listPeriods(deps: EvaluationDeps, actor: Actor, query: z.infer<typeof periodListQuery>) {
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const everything = isAdministrator(actor) || hasRole(actor, 'leader');
  const ownPaths = [actor.unitPath, ...(hasRole(actor, 'unit_head') ? actor.managedUnitPaths : [])].filter((path): path is string => path !== null);
  // A period covers me when its unit path is a prefix of my unit's path, or lies inside a subtree I head.
  const visible = everything
    ? undefined
    : or(
        ...ownPaths.map((path) => sql`${path} like ${evaluationPeriods.unitPath} || '%'`),
        ...(hasRole(actor, 'unit_head') ? actor.managedUnitPaths.map((path) => like(evaluationPeriods.unitPath, `${path}%`)) : []),
        sql`false`,
      );
  const rows = await deps.db
    .select({ period: evaluationPeriods, unitName: units.name })
    .from(evaluationPeriods)
    .innerJoin(units, eq(units.id, evaluationPeriods.unitId))
    .where(
      and(
        eq(evaluationPeriods.agencyId, actor.agencyId),
        visible,
        after ? or(lt(evaluationPeriods.startsOn, after[0]), and(eq(evaluationPeriods.startsOn, after[0]), lt(evaluationPeriods.id, after[1]))) : undefined,
      ),
    )
    .orderBy(desc(evaluationPeriods.startsOn), desc(evaluationPeriods.id))
    .limit(query.limit + 1);
  const items = rows.map((row) => present(actor, row.period, row.unitName, {}));
  return toPage(items, query.limit, (item) => [item.startsOn, item.id]);
}
