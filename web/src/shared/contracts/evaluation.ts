import type { z } from 'zod';
import type { eventSchema, historyPoint, periodPage, periodSchema, Scorecard, scorecardRow } from '../../../../contracts/evaluation';

export type { Scorecard };
export type ScorecardRow = z.infer<typeof scorecardRow>;
export type EvaluationPeriod = z.infer<typeof periodSchema>;
export type EvaluationPeriodListItem = z.infer<typeof periodPage>['items'][number];
export type EvaluationHistoryPoint = z.infer<typeof historyPoint>;
export type ScorecardEvent = z.infer<typeof eventSchema>;
export type { OverridableFigure, PeriodKind, RatingLevel, ScorecardState } from '../../../../contracts/evaluation-vocabulary';
export { overridableFigures, ratingLevels, scorecardStates } from '../../../../contracts/evaluation-vocabulary';
