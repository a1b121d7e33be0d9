export { privacyRoutes } from './privacy.routes.js';
export type { PrivacyDeps } from './privacy.deps.js';
export { SENSITIVE_FIELDS } from './privacy.sensitive.js';
export { createRequest, decideRequest as decidePrivacyRequest } from './privacy.service.js';
