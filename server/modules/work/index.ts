export { workRoutes } from './work.routes.js';
export type { WorkDeps } from './work.deps.js';
export { runSignalSweep, sweepAllAgencies } from './work.sweep.js';
