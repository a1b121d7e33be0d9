import { sql } from 'drizzle-orm';
import type { RatingLevel } from '../../../contracts/evaluation-vocabulary.js';
import { queryRows, type Db, type Tx } from '../../db/client.js';
import type { LocalizedText } from '../../platform/errors.js';
import { planTargetEvaluationFacts } from '../documents/index.js';
import type { PeriodRow } from './evaluation.repository.js';
import { lowerOf } from './evaluation.rules.js';

export interface UnitFacts {
  /** Share of the unit's plan targets attained, 0–100 (100 when it has none). */
  targetAttainmentPercent: number;
  /** Share of targets attained above their value, 0–100. */
  targetsExceededPercent: number;
  /** Share of the unit's tasks due in the period completed on time, 0–100 (100 when none). */
  onTimePercent: number;
  memberLevels: RatingLevel[];
}

/**
 * A unit's level, after Decree 90/2020's manager thresholds (BRIEF §2.1): all targets met with ≥80 % on time and
 * 100 % of members at least HTNV with ≥70 % good or excellent → HTTNV; plus ≥50 % of targets exceeded → HTXSNV.
 * The HTNV floor (≥70 % of targets attained) is the project's assumption, not sourced.
 */
export function unitLevelOf(facts: UnitFacts): { level: RatingLevel; explanation: LocalizedText } {
  const members = facts.memberLevels.length;
  const goodShare = members === 0 ? 100 : (facts.memberLevels.filter((level) => level === 'HTXSNV' || level === 'HTTNV').length * 100) / members;
  const allAtLeastComplete = facts.memberLevels.every((level) => level !== 'KHTNV');
  const meetsGood = facts.targetAttainmentPercent >= 100 && facts.onTimePercent >= 80 && allAtLeastComplete && goodShare >= 70;
  const level: RatingLevel = meetsGood ? (facts.targetsExceededPercent >= 50 ? 'HTXSNV' : 'HTTNV') : facts.targetAttainmentPercent >= 70 ? 'HTNV' : 'KHTNV';
  const explanation = {
    vi: `Chỉ tiêu đạt ${Math.round(facts.targetAttainmentPercent)} % (vượt ${Math.round(facts.targetsExceededPercent)} %), đúng hạn ${Math.round(facts.onTimePercent)} %, thành viên tốt trở lên ${Math.round(goodShare)} %${allAtLeastComplete ? '' : ', có người KHTNV'}`,
    en: `Targets attained ${Math.round(facts.targetAttainmentPercent)} % (exceeded ${Math.round(facts.targetsExceededPercent)} %), on time ${Math.round(facts.onTimePercent)} %, members good or better ${Math.round(goodShare)} %${allAtLeastComplete ? '' : ', some not complete'}`,
  };
  return { level, explanation };
}

/** A unit head's rating is tied to the unit's: never above it (Decree 90/2020 principles; Hanoi 2022 amendment). */
export const headLevelOf = (ownLevel: RatingLevel, unitLevel: RatingLevel) => lowerOf(ownLevel, unitLevel);

export interface UnitFactsRow {
  unit_id: string;
  tasks: number;
  on_time: number;
  targets: number | null;
  attained: number | null;
  exceeded: number | null;
}

/** Per unit of the period (or one unit): its scorecards' tasks due in the period, those done on time, and its plan targets. */
export function unitFactsOf(db: Db | Tx, period: PeriodRow, unitId?: string) {
  return queryRows<UnitFactsRow>(
    db,
    sql`
    with targets as (${planTargetEvaluationFacts({ agencyId: period.agencyId, unitPath: period.unitPath, from: period.startsOn, to: period.endsOn })})
    select s.unit_id, count(f.task_id)::int as tasks, count(f.task_id) filter (where f.is_completed and f.working_days_late = 0)::int as on_time,
      max(t.targets) as targets, max(t.attained) as attained, max(t.exceeded) as exceeded
    from evaluation_scorecards s left join evaluation_task_facts f on f.scorecard_id = s.id left join targets t on t.unit_id = s.unit_id
    where s.period_id = ${period.id} ${unitId ? sql`and s.unit_id = ${unitId}` : sql``} group by s.unit_id`,
  );
}

const percent = (part: number | null, whole: number | null) => (whole ? ((part ?? 0) * 100) / whole : 100);

export function unitFactsFrom(facts: UnitFactsRow | undefined, levels: (RatingLevel | null)[]): UnitFacts {
  return {
    targetAttainmentPercent: percent(facts?.attained ?? null, facts?.targets ?? null),
    targetsExceededPercent: facts?.targets ? percent(facts.exceeded, facts.targets) : 0,
    onTimePercent: percent(facts?.on_time ?? null, facts?.tasks ?? null),
    memberLevels: levels.filter((level): level is RatingLevel => level !== null),
  };
}

/** The rating of a unit head's unit at the moment of the decision: its facts and its other members' levels (decided, else computed). */
export async function unitRatingAtDecision(tx: Tx, period: PeriodRow, unitId: string, headScorecardId: string) {
  const [facts] = await unitFactsOf(tx, period, unitId);
  const members = await queryRows<{ level: RatingLevel | null }>(
    tx,
    sql`select case when decided_at is not null then level else computed_level end as level
        from evaluation_scorecards where period_id = ${period.id} and unit_id = ${unitId} and id <> ${headScorecardId}`,
  );
  return unitLevelOf(
    unitFactsFrom(
      facts,
      members.map((member) => member.level),
    ),
  );
}
