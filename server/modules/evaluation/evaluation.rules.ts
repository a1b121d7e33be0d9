import { type RatingLevel, ratingLevels } from '../../../contracts/evaluation-vocabulary.js';
import type { LocalizedText } from '../../platform/errors.js';
import type { EdgeRules, Scheme } from './evaluation.schemes.js';

const rank = (level: RatingLevel) => ratingLevels.indexOf(level);
/** The lower (worse) of two levels. */
export const lowerOf = (a: RatingLevel, b: RatingLevel): RatingLevel => (rank(a) >= rank(b) ? a : b);

/** The band a score falls in: the first band whose minimum it reaches (bands are ordered from the top). */
export function bandOf(scheme: Scheme, score: number): RatingLevel {
  return (scheme.bands.find((band) => score >= band.min) ?? scheme.bands[scheme.bands.length - 1]!).level;
}

export interface DisciplineFact {
  caseId: string;
  formName: string | null;
  decisionOn: string;
  decisionNumber: string | null;
}

export interface LevelInput {
  scheme: Scheme;
  score: number;
  /** Disciplinary measures (not reminders) decided on the person in the period. */
  disciplines: DisciplineFact[];
  /** Year periods only: months worked and months absent (set by the reviewer); null when not given. */
  monthsWorked: number | null;
  monthsAbsent: number | null;
  isYear: boolean;
}

export interface LevelOutcome {
  level: RatingLevel | null;
  isRated: boolean;
  /** Why the level is not simply the score's band, in order. */
  reasons: { text: LocalizedText; caseId?: string }[];
}

/**
 * The level from the score's band, then the rules that override it: too little time worked in the year →
 * not rated; long absence caps the level; any discipline decided in the period → the scheme's lowest
 * level (Decree 48/2023, 335/2025), naming the case.
 */
export function levelOf(input: LevelInput, edges: EdgeRules): LevelOutcome {
  const reasons: LevelOutcome['reasons'] = [];
  if (input.isYear && input.monthsWorked !== null && input.monthsWorked < edges.minimumMonthsWorkedInYear) {
    return {
      level: null,
      isRated: false,
      reasons: [
        {
          text: {
            vi: `Làm việc ${input.monthsWorked} tháng trong năm (dưới ${edges.minimumMonthsWorkedInYear} tháng): không xếp loại, vẫn tự kiểm điểm`,
            en: `Worked ${input.monthsWorked} months in the year (under ${edges.minimumMonthsWorkedInYear}): not rated, self-review still required`,
          },
        },
      ],
    };
  }
  let level = bandOf(input.scheme, input.score);
  const cap = edges.absenceCapMonths;
  if (input.isYear && input.monthsAbsent !== null && input.monthsAbsent >= cap.from && input.monthsAbsent < cap.below && rank(level) < rank(cap.maxLevel)) {
    level = cap.maxLevel;
    reasons.push({
      text: {
        vi: `Nghỉ ${input.monthsAbsent} tháng trong năm: không quá mức ${cap.maxLevel}`,
        en: `Absent ${input.monthsAbsent} months in the year: at most ${cap.maxLevel}`,
      },
    });
  }
  for (const fact of input.disciplines) {
    level = lowerOf(level, input.scheme.disciplinedInPeriod.level);
    const form = fact.formName ?? 'kỷ luật';
    reasons.push({
      caseId: fact.caseId,
      text: {
        vi: `Bị kỷ luật (${form}${fact.decisionNumber ? `, quyết định ${fact.decisionNumber}` : ''}, ngày ${fact.decisionOn}) trong kỳ: xếp mức ${input.scheme.disciplinedInPeriod.level}`,
        en: `Disciplined (${form}, ${fact.decisionOn}) in the period: rated ${input.scheme.disciplinedInPeriod.level}`,
      },
    });
  }
  return { level, isRated: true, reasons };
}

export interface CapCheck {
  level: RatingLevel;
  allowed: number;
  count: number;
  basis: number;
  percent: number;
  isExceeded: boolean;
}

/** The scheme's cap on its top level over the levels a unit decides: allowed = floor(percent × basis). */
export function checkCap(scheme: Scheme, levels: (RatingLevel | null)[], isOutstandingUnit = false): CapCheck {
  const rated = levels.filter((level): level is RatingLevel => level !== null);
  const percent = isOutstandingUnit && scheme.cap.outstandingPercent !== null ? scheme.cap.outstandingPercent : scheme.cap.percent;
  const basis = scheme.cap.of === 'rated' ? rated.length : rated.filter((level) => level === scheme.cap.of).length;
  const allowed = Math.floor((basis * percent) / 100 + 1e-9);
  const count = rated.filter((level) => level === scheme.cap.level).length;
  return { level: scheme.cap.level, allowed, count, basis, percent, isExceeded: count > allowed };
}

/** Someone who moved during the period is rated in the unit where they worked the most days; a tie goes to the later stint. */
export function ratingUnitOf(stints: { unitId: string; days: number }[]): string | null {
  const days = new Map<string, number>();
  for (const stint of stints) days.set(stint.unitId, (days.get(stint.unitId) ?? 0) + stint.days);
  let best: string | null = null;
  for (const [unitId, total] of [...days].reverse()) if (best === null || total > days.get(best)!) best = unitId;
  return best;
}
