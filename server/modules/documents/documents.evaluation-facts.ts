import { type SQL, sql } from 'drizzle-orm';

/**
 * For the evaluation module, as SQL to select from: per unit of a subtree, the plan targets whose deadline falls
 * in the period, how many were attained (reached ≥ target) and exceeded (reached > target).
 * Columns: unit_id, targets, attained, exceeded.
 */
export function planTargetEvaluationFacts(window: { agencyId: string; unitPath: string; from: string; to: string }): SQL {
  return sql`select unit_id, count(*)::int as targets, count(*) filter (where reached_value >= target_value)::int as attained,
      count(*) filter (where reached_value > target_value)::int as exceeded
    from plan_targets
    where agency_id = ${window.agencyId} and unit_path like ${`${window.unitPath}%`} and deadline between ${window.from} and ${window.to}
    group by unit_id`;
}
