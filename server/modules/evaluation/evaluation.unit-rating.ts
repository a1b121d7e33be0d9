import type { RatingLevel } from '../../../contracts/evaluation-vocabulary.js';
import type { LocalizedText } from '../../platform/errors.js';
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
