export { feedbackPublicRoutes, feedbackStaffRoutes } from './feedback.routes.js';
export type { FeedbackDeps } from './feedback.deps.js';
export { addReporterMessage, rateAnswer, submitReport } from './feedback.public.js';
export { acceptReport, addStaffMessage, answerReport, classifyReport, rejectReport, routeReport } from './feedback.service.js';
export { openCaseFromReport } from './feedback.cases.js';
export { noticeOverdueAcceptanceForAllAgencies } from './feedback.overdue.js';
export { feedbackSubtreeMoved } from './feedback.subtree-moved.js';
export { feedbackFigures, type FeedbackFigures } from './feedback.report-figures.js';
export { monthlyFeedbackFigures } from './feedback.month-counters.js';
/** For the global search: the staff queue with its scope. */
export { listQueue } from './feedback.queries.js';
