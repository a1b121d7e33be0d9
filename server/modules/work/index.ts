export { workRoutes } from './work.routes.js';
export type { WorkDeps } from './work.deps.js';
export { runSignalSweep, sweepAllAgencies } from './work.sweep.js';
export { createTask, runCommand, type CreateTaskOptions } from './work.service.js';
export type { TaskSourceVerifier, TaskSourceVerifiers } from './work.sources.js';
export type { WorkCommand } from './work.state.js';
export { workSubtreeMoved } from './work.subtree-moved.js';
