export { createDocument, currentVersionOf, findDocument } from './documents.service.js';
/** For the demo seed: attaches a document's text to its current version. */
export { addFile } from './documents.service.js';
export { addTarget, createPlan, planTargetTaskSource } from './plans.service.js';
export { documentTaskSource } from './documents.task-source.js';
export type { DocumentsDeps } from './documents.deps.js';
export { documentRoutes } from './documents.routes.js';
export { planRoutes } from './plans.routes.js';
export { documentsSubtreeMoved } from './documents.subtree-moved.js';
export { targetsInSubtree, targetsOwnedBy, type OwnedTarget } from './plans.owned-targets.js';
/** For the evaluation module: plan targets due in a period per unit, attained and exceeded. */
export { planTargetEvaluationFacts } from './documents.evaluation-facts.js';
export { targetsDueIn, type TargetFigure } from './plans.report-figures.js';
/** For the global search: the document register with its filters. */
export { listDocuments } from './documents.queries.js';
/** For the personal-data export: the documents a person registered. */
export { personDocumentsExport } from './documents.person-export.js';
