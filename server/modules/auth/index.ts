export { authRoutes } from './auth.routes.js';
export { actorOfUsername, hashPassword, hashToken, resolveSession } from './auth.service.js';
export { disableAccountOfPerson } from './auth.repository.js';
export { createAccounts, type NewAccount } from './accounts.js';
export { accountsRoutes } from './accounts.routes.js';
export { takenUsernames } from './accounts.repository.js';
export { oidcRoutes } from './oidc.routes.js';
export { recordPlatformAudit } from './auth.audit.js';
export { passwordProblems } from './auth.password-policy.js';
