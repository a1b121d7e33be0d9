export { evaluationRoutes } from './evaluation.routes.js';
export type { EvaluationDeps } from './evaluation.deps.js';
/** Opening and stepping through a period, as the routes run them (the demo seed uses them too). */
export { closePeriod, openPeriod, publishPeriod } from './evaluation.periods.js';
export { answerAppeal, appeal, decide, review, selfAssess } from './evaluation.steps.js';
export { evaluationDailyAllAgencies } from './evaluation.jobs.js';
export { personScorecardsExport } from './evaluation.person-export.js';
/** For the periodic report: published ratings per unit of the periods overlapping a window. */
export { ratingDistribution, type RatingRow } from './evaluation.report-figures.js';
