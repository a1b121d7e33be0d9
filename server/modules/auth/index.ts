export { authRoutes } from './auth.routes.js';
export { actorOfUsername, hashPassword, hashToken, resolveSession } from './auth.service.js';
export { disableAccountOfPerson } from './auth.repository.js';
export { createAccounts, type NewAccount } from './accounts.js';
export { accountsRoutes } from './accounts.routes.js';
export { takenUsernames } from './accounts.repository.js';
export { oidcRoutes } from './oidc.routes.js';
export { activeLeaderIds } from './accounts.leaders.js';
export { recordPlatformAudit } from './auth.audit.js';
export { passwordProblems } from './auth.password-policy.js';
export { invitationRoutes } from './invitations.routes.js';
export { purgeEndedSessions } from './sessions.service.js';
/** For the personal-data export: the sessions of a person's accounts. */
export { personSessionsExport } from './sessions.person-export.js';
