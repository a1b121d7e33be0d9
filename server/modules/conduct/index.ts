export { conductRoutes } from './conduct.routes.js';
export type { ConductDeps } from './conduct.deps.js';
/** Opening a case; the public channel (feedback) calls it with source 'public_report' and the report id. */
export { openCase, type OpenedCase } from './conduct.open.js';
/** For the evaluation module: measures decided on a person within a period. */
export { confirmedMeasuresOf, type ConfirmedMeasure } from './conduct.measures-export.js';
/**
 * For other signal sources (the dissemination sweep reports unacknowledged campaigns and absences
 * without a reason): drafts with a dedupe key naming the facts; the mapping to a catalog item is applied here.
 */
export { suggestFromSignals } from './conduct.suggestions.js';
export type { SuggestionDraft, SuggestionEvidence } from './conduct.suggestions.rules.js';
export { conductDailyAllAgencies, runConductDaily } from './conduct.sweep.js';
/** Due-process commands and suggestion computing, as the routes run them (the demo seed uses them too). */
export { runCaseCommand } from './conduct.service.js';
export { computeSuggestions } from './conduct.suggestions.js';
export type { CaseCommand } from './conduct.rules.js';
export { conductSubtreeMoved } from './conduct.subtree-moved.js';
/** For the evaluation module: disciplinary measures decided in a period, for a whole agency at once. */
export { disciplinesDecidedIn, type DisciplineInPeriod } from './conduct.evaluation-facts.js';
export { conductFigures, type ConductFigures } from './conduct.report-figures.js';
/** For a report marked confidential: the cases with their subjects, and who may read such a report. */
export { conductCasesForConfidentialReport, type ConductCaseLine } from './conduct.report-figures.js';
export { maySeeEveryCaseSubject } from './conduct.policy.js';
export { personCasesExport } from './conduct.person-export.js';
/** For the global search: the case list with its scope. */
export { listCases } from './conduct.queries.js';
