import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../../contracts/conduct-vocabulary.js';
import { caseRelations } from './conduct.access.js';
import { abilitiesOf } from './conduct.presenter.js';
import type { CaseRow } from './conduct.repository.js';
import { type CaseCommand, decide } from './conduct.rules.js';
import { toCaseState } from './conduct.service.js';

const today = '2026-04-10';
/** A well-formed command per name; 'no violation' conclusions are possible from every conclude step. */
const commandFor: Record<CaseCommand['name'], CaseCommand> = {
  verify: { name: 'verify', note: 'x' },
  requestExplanation: { name: 'requestExplanation', workingDays: 5, questions: 'x' },
  submitExplanation: { name: 'submitExplanation', explanation: 'x' },
  conclude: { name: 'conclude', isViolationConfirmed: false, conclusion: 'x' },
  decideMeasure: { name: 'decideMeasure', kind: 'criticism', decisionOn: today, note: '' },
  notify: { name: 'notify', notifiedOn: today, note: '' },
  close: { name: 'close', note: '' },
  defer: { name: 'defer', legalReason: 'serious_illness', reason: 'x' },
  resume: { name: 'resume', reason: 'x' },
  dismiss: { name: 'dismiss', reason: 'x' },
  extendHandling: { name: 'extendHandling', reason: 'x' },
  assignInspector: { name: 'assignInspector', inspectorId: 'someone-else', reason: 'x' },
};

function rowOf(overrides: Partial<CaseRow>): CaseRow {
  return {
    id: 'c',
    agencyId: 'a',
    subjectKind: 'person',
    subjectPersonId: 'p',
    subjectUnitId: 'u',
    subjectUnitPath: '/u/',
    subjectName: 'X',
    subjectCategory: 'civil_servant',
    title: 't',
    searchText: 't',
    description: 'd',
    source: 'inspection',
    sourceId: null,
    sourceReference: null,
    reporter: null,
    confidentiality: 'normal',
    status: 'recorded',
    handlingInspectorId: 'i',
    openedById: 'i',
    detectedOn: '2026-04-01',
    violationOn: null,
    handlingDueOn: '2026-06-30',
    isHandlingExtended: false,
    explanationDueOn: '2026-04-09',
    explanation: null,
    explainedAt: null,
    isViolationConfirmed: null,
    severity: null,
    conclusion: null,
    measureKind: null,
    disciplineFormCode: null,
    decisionOn: null,
    decisionNumber: null,
    notifiedOn: null,
    appealDueOn: '2026-04-09',
    deferredFrom: null,
    deferralReason: null,
    closedReason: null,
    signals: [],
    signalKinds: [],
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe('abilities shown to the user', () => {
  it('offers only commands the rules accept (so the UI never shows a dead button)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...caseStatuses),
        fc.subarray([...caseRelations], { minLength: 1 }),
        fc.constantFrom(null, true, false),
        fc.boolean(),
        fc.constantFrom<'normal' | 'confidential'>('normal', 'confidential'),
        (status, relations, isViolationConfirmed, isHandlingExtended, confidentiality) => {
          const row = rowOf({ status, isViolationConfirmed, isHandlingExtended, confidentiality, deferredFrom: status === 'deferred' ? 'verifying' : null });
          for (const ability of abilitiesOf(row, relations, today)) {
            if (ability === 'addEvidence') continue;
            const decision = decide(toCaseState(row), relations, commandFor[ability], { today, explanationDueOn: '2026-04-17', appealDueOn: '2026-04-25' });
            expect(decision.ok, `${ability} from ${status} as ${relations.join('+')}: ${JSON.stringify(decision)}`).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
