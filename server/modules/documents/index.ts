export { createDocument, currentVersionOf, findDocument } from './documents.service.js';
export { addTarget, createPlan, planTargetForTask } from './plans.service.js';
export type { DocumentsDeps } from './documents.deps.js';
export { documentRoutes } from './documents.routes.js';
export { planRoutes } from './plans.routes.js';
