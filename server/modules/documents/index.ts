export { createDocument, currentVersionOf, findDocument } from './documents.service.js';
export type { DocumentsDeps } from './documents.deps.js';
export { documentRoutes } from './documents.routes.js';
