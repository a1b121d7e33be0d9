import type { CaseCommandName, CaseStatus, Confidentiality } from '../../../contracts/conduct-vocabulary.js';

/** How a person stands to one case; one person may hold several relations. */
export const caseRelations = ['subject', 'handling_inspector', 'inspector', 'subject_unit_head', 'leader', 'agency_admin', 'staff'] as const;
export type CaseRelation = (typeof caseRelations)[number];

/**
 * What of a case a relation may see:
 * - `full`: everything, including the sealed reporter identity and sealed evidence;
 * - `handler`: everything except the reporter identity;
 * - `unit_head`: the case without source, reporter and sealed evidence;
 * - `subject`: the subject's own view — no source, reporter, sealed evidence, or internal notes.
 */
export type CaseView = 'full' | 'handler' | 'unit_head' | 'subject';

/** The access table, [normal, confidential]; null = out of scope (answers 404). */
export const ACCESS_TABLE: Record<CaseRelation, Record<Confidentiality, CaseView | null>> = {
  handling_inspector: { normal: 'full', confidential: 'full' },
  inspector: { normal: 'handler', confidential: null },
  leader: { normal: 'handler', confidential: 'handler' },
  subject_unit_head: { normal: 'unit_head', confidential: null },
  subject: { normal: 'subject', confidential: 'subject' },
  agency_admin: { normal: null, confidential: null },
  staff: { normal: null, confidential: null },
};

/** The subject is told of the case when asked to explain; before that the verification is internal. */
export const SUBJECT_HIDDEN_STATES: CaseStatus[] = ['recorded', 'verifying'];

const VIEW_RANK: Record<CaseView, number> = { full: 4, handler: 3, unit_head: 2, subject: 1 };

/** The widest view any of the actor's relations gives; null when none reaches the case. */
export function viewOf(relations: CaseRelation[], confidentiality: Confidentiality, status: CaseStatus): CaseView | null {
  let best: CaseView | null = null;
  for (const relation of relations) {
    const view = ACCESS_TABLE[relation][confidentiality];
    if (!view) continue;
    if (view === 'subject' && SUBJECT_HIDDEN_STATES.includes(status)) continue;
    if (!best || VIEW_RANK[view] > VIEW_RANK[best]) best = view;
  }
  return best;
}

/** Who may run each command (before the state machine is asked whether the step allows it). */
export const COMMAND_TABLE: Record<CaseCommandName, CaseRelation[]> = {
  verify: ['handling_inspector', 'leader'],
  requestExplanation: ['handling_inspector', 'leader'],
  submitExplanation: ['subject'],
  conclude: ['handling_inspector', 'leader'],
  decideMeasure: ['handling_inspector', 'leader'],
  notify: ['handling_inspector', 'leader'],
  close: ['handling_inspector', 'leader'],
  defer: ['handling_inspector', 'leader'],
  resume: ['handling_inspector', 'leader'],
  dismiss: ['handling_inspector', 'leader'],
  extendHandling: ['handling_inspector', 'leader'],
  assignInspector: ['handling_inspector', 'leader'],
  // The subject may attach documents to their explanation (never sealed; see conduct.service.ts).
  addEvidence: ['handling_inspector', 'leader', 'subject'],
};

export function mayRun(relations: CaseRelation[], command: CaseCommandName, confidentiality: Confidentiality): boolean {
  return relations.some((relation) => COMMAND_TABLE[command].includes(relation) && ACCESS_TABLE[relation][confidentiality] !== null);
}

/** Shown fields per view: the presenter blanks the rest. */
export function showsSource(view: CaseView): boolean {
  return view === 'full' || view === 'handler';
}
export function showsReporter(view: CaseView): boolean {
  return view === 'full';
}
export function showsSealedEvidence(view: CaseView): boolean {
  return view === 'full' || view === 'handler';
}

/** Timeline events the subject sees: the steps that concern them, not the internal verification. */
export const SUBJECT_VISIBLE_EVENTS = [
  'case.explanation_requested',
  'case.explanation_submitted',
  'case.concluded',
  'case.measure_decided',
  'case.notified',
  'case.closed',
  'case.deferred',
  'case.resumed',
];

/** Roles that may open cases and see the case lists. */
export const CASE_OPENER_ROLES = ['inspector', 'leader'] as const;
