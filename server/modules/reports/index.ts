export { reportRoutes } from './reports.routes.js';
export type { ReportsDeps } from './reports.deps.js';
export { createReportJobs, type ReportJobs } from './reports.jobs.js';
export { accountabilityPages } from './accountability.pages.js';
