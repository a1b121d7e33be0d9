export { conductRoutes } from './conduct.routes.js';
export type { ConductDeps } from './conduct.deps.js';
export { openCase, type OpenedCase } from './conduct.open.js';
