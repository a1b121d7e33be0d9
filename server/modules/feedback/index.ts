export { feedbackPublicRoutes, feedbackStaffRoutes } from './feedback.routes.js';
export type { FeedbackDeps } from './feedback.deps.js';
