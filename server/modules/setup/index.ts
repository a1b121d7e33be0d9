export { setupRoutes } from './setup.routes.js';
export { createAgencyWithAdministrator, issueSetupTokenIfEmpty, setUpFirstAgency, type SetupDeps } from './setup.service.js';
