export { auditRoutes } from './audit.routes.js';
export { checkpointAllAgencies } from './audit.checkpoints.js';
