// ── Evaluation (đánh giá, xếp loại) vocabulary, shared by the server rules, the API and the web client ──

export const periodKinds = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** The four levels of Decree 90/2020, 335/2025 and Regulation 366-QĐ/TW (Hanoi's monthly A/B/C/D map onto them). */
export const ratingLevels = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type RatingLevel = (typeof ratingLevels)[number];

export const periodStates = ['open', 'closed'] as const;
export type PeriodState = (typeof periodStates)[number];

export const scorecardStates = ['self_assessment', 'review', 'decision', 'published', 'appeal', 'closed'] as const;
export type ScorecardState = (typeof scorecardStates)[number];

/** Figures a reviewer may change, each only with a written reason. */
export const overridableFigures = ['general', 'tasks', 'bonus'] as const;
export type OverridableFigure = (typeof overridableFigures)[number];

export const scoreLineKinds = [
  'general',
  'tasks_base',
  'task_unfinished',
  'task_quality',
  'task_progress',
  'task_fact',
  'bonus',
  'override',
  'discipline',
  'fact',
] as const;
export type ScoreLineKind = (typeof scoreLineKinds)[number];

/** The steps a person takes on a scorecard, each an event and an audit action (`evaluation_scorecard.<step>`). */
export const scorecardStepKinds = ['self_assessed', 'reviewed', 'decided', 'appealed', 'answered'] as const;
export type ScorecardStepKind = (typeof scorecardStepKinds)[number];
