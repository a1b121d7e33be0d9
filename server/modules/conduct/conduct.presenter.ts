import type { CaseCommandName } from '../../../contracts/conduct-vocabulary.js';
import { caseCommandNames } from '../../../contracts/conduct-vocabulary.js';
import type { ConductCase } from '../../../contracts/conduct.js';
import { type CaseRelation, type CaseView, mayRun, showsReporter, showsSource } from './conduct.access.js';
import { statuteOf } from './conduct.deadlines.js';
import { findForm } from './conduct.measures.js';
import type { CaseRow } from './conduct.repository.js';
import { COMMAND_STATES, mayAddEvidence } from './conduct.rules.js';
import type { CaseSignal } from './conduct.signals.js';

/** Exactly the commands this actor may send next, so the UI shows only possible actions. */
export function abilitiesOf(row: CaseRow, relations: CaseRelation[], today: string): CaseCommandName[] {
  return caseCommandNames.filter((name) => {
    if (!mayRun(relations, name, row.confidentiality)) return false;
    if (name === 'addEvidence') return mayAddEvidence(relations, row.status);
    if (!COMMAND_STATES[name].includes(row.status)) return false;
    switch (name) {
      case 'decideMeasure':
        return row.isViolationConfirmed === true;
      case 'notify':
        return !(row.status === 'concluded' && row.isViolationConfirmed);
      case 'close':
        return !row.appealDueOn || today > row.appealDueOn;
      case 'extendHandling':
        return !row.isHandlingExtended;
      case 'defer':
        return row.subjectKind === 'person';
      case 'conclude':
        return true;
      default:
        return true;
    }
  });
}

interface PersonName {
  id: string;
  fullName: string;
}

export function toCase(
  row: CaseRow,
  items: { catalogKind: 'directive' | 'related'; catalogVersion: string; code: string; text: string }[],
  view: CaseView,
  context: { relations: CaseRelation[]; today: string; inspector: PersonName | null },
): ConductCase {
  const form = row.disciplineFormCode ? findForm(row.subjectCategory, row.disciplineFormCode) : undefined;
  const reporter = row.reporter as { name: string; contact: string; isAnonymous: boolean } | null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    subject: {
      kind: row.subjectKind,
      id: row.subjectPersonId ?? row.subjectUnitId,
      name: row.subjectName,
      unitId: row.subjectUnitId,
      category: row.subjectCategory,
    },
    items,
    source: showsSource(view) ? row.source : null,
    sourceReference: showsSource(view) ? row.sourceReference : null,
    reporter: showsReporter(view) ? reporter : null,
    confidentiality: row.confidentiality,
    handlingInspector: context.inspector,
    detectedOn: row.detectedOn,
    violationOn: row.violationOn,
    handlingDueOn: row.handlingDueOn,
    isHandlingExtended: row.isHandlingExtended,
    statute: statuteOf(row.violationOn, context.today),
    explanationDueOn: row.explanationDueOn,
    explanation: row.explanation,
    explainedAt: row.explainedAt?.toISOString() ?? null,
    isViolationConfirmed: row.isViolationConfirmed,
    severity: row.severity,
    conclusion: row.conclusion,
    measure: row.measureKind
      ? {
          kind: row.measureKind,
          formCode: row.disciplineFormCode,
          formName: form?.name ?? null,
          decisionOn: row.decisionOn,
          decisionNumber: row.decisionNumber,
        }
      : null,
    notifiedOn: row.notifiedOn,
    appealDueOn: row.appealDueOn,
    deferral: row.deferralReason && row.deferredFrom ? { legalReason: row.deferralReason, from: row.deferredFrom } : null,
    closedReason: row.closedReason,
    signals: row.signals as CaseSignal[],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: abilitiesOf(row, context.relations, context.today),
  };
}
