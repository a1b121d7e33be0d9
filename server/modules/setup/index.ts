export { setupRoutes } from './setup.routes.js';
export { platformRoutes } from './platform.routes.js';
export { issueSetupTokenIfEmpty, setUpFirstAgency, type SetupDeps } from './setup.service.js';
export { createPlatformAdministrator } from './platform.service.js';
