export { healthRoutes } from './health.routes.js';
export { migrationState, readJournal } from './health.readiness.js';
