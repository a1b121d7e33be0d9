export { explanationRoutes } from './explanations.routes.js';
export type { ExplanationsDeps } from './explanations.deps.js';
export { explanationEscalationAllAgencies, runExplanationEscalation } from './explanations.sweep.js';
/** Requests and answers as the routes run them (the demo seed uses them too). */
export { answerExplanation, decideExplanation, requestExplanation } from './explanations.service.js';
export { explanationsSubtreeMoved } from './explanations.subtree-moved.js';
export { personExplanationsExport } from './explanations.person-export.js';
