import type { personCategories } from '../../../contracts/org.js';
import type { PeriodKind, RatingLevel } from '../../../contracts/evaluation-vocabulary.js';
import reference from './reference/schemes.json' with { type: 'json' };

export type PersonCategory = (typeof personCategories)[number];

/** A rating scheme as shipped in reference/schemes.json: dated, naming its source, never retyped in code. */
export interface Scheme {
  code: string;
  name: string;
  source: string;
  sourceUrls: string[];
  effectiveFrom: string;
  effectiveTo: string | null;
  periodKinds: PeriodKind[];
  categories: PersonCategory[];
  levelNames: Record<RatingLevel, string>;
  parts: { general: number; tasks: number; bonus: number };
  generalLabel: string;
  bands: { level: RatingLevel; min: number }[];
  /** The cap on the top level: `of` 'rated' counts everyone rated, a level counts those rated at it. */
  cap: { level: RatingLevel; percent: number; outstandingPercent: number | null; of: 'rated' | RatingLevel; source: string };
  disciplinedInPeriod: { level: RatingLevel; source: string; verified: boolean };
  taskWeights: { quantity: number; quality: number; progress: number; note: string };
  deductions: { qualityPerMajorError: number; progressPerDelay: number; source: string };
  note: string;
}

export interface EdgeRules {
  minimumMonthsWorkedInYear: number;
  absenceCapMonths: { from: number; below: number; maxLevel: RatingLevel };
  source: string;
  movedUnit: string;
}

export interface StepDeadlines {
  selfAssessmentDays: number;
  reviewDays: number;
  decisionDays: number;
  appealDays: number;
  source: string;
}

export interface SchemeReference {
  title: string;
  derivedFrom: string;
  version: string;
  schemes: Scheme[];
  edgeRules: EdgeRules;
  steps: StepDeadlines;
}

export const SCHEME_REFERENCE = reference as SchemeReference;

const isInForce = (scheme: Scheme, on: string) => scheme.effectiveFrom <= on && (scheme.effectiveTo === null || on <= scheme.effectiveTo);

/**
 * The scheme a person's scorecard follows: the first in force on the period's first day that lists the
 * period kind and the person's category (the file's order is the order of preference: Hanoi monthly,
 * Decree 335 for civil servants from 2026, Decree 90/48 otherwise). Null when none applies.
 */
export function schemeFor(category: PersonCategory, kind: PeriodKind, periodStart: string, reference: SchemeReference = SCHEME_REFERENCE): Scheme | null {
  return (
    reference.schemes.find((scheme) => scheme.periodKinds.includes(kind) && scheme.categories.includes(category) && isInForce(scheme, periodStart)) ?? null
  );
}

export function schemeByCode(code: string, reference: SchemeReference = SCHEME_REFERENCE): Scheme {
  const scheme = reference.schemes.find((candidate) => candidate.code === code);
  if (!scheme) throw new RangeError(`Unknown evaluation scheme ${code}`);
  return scheme;
}
