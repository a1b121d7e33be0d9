import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatuses, finalCaseStatuses, type CaseStatus } from '../../../contracts/conduct-vocabulary.js';
import { caseRelations, type CaseRelation } from './conduct.access.js';
import { type CaseCommand, type CaseState, COMMAND_STATES, decide } from './conduct.rules.js';

export const baseCase: CaseState = {
  status: 'recorded',
  subjectKind: 'person',
  subjectCategory: 'civil_servant',
  confidentiality: 'normal',
  detectedOn: '2026-02-27',
  violationOn: '2026-02-20',
  isHandlingExtended: false,
  explanationDueOn: null,
  isViolationConfirmed: null,
  severity: null,
  measureKind: null,
  disciplineFormCode: null,
  decisionOn: null,
  decisionNumber: null,
  notifiedOn: null,
  appealDueOn: null,
  deferredFrom: null,
  deferralReason: null,
  handlingInspectorId: 'inspector-1',
};
const context = { today: '2026-03-10', explanationDueOn: '2026-03-17', appealDueOn: '2026-03-25' };
const HANDLER: CaseRelation[] = ['handling_inspector', 'inspector'];

/** A well-formed command of each name. */
const commands: Record<CaseCommand['name'], CaseCommand> = {
  verify: { name: 'verify', note: 'Đã xác minh hồ sơ' },
  requestExplanation: { name: 'requestExplanation', workingDays: 5, questions: 'Đề nghị giải trình' },
  submitExplanation: { name: 'submitExplanation', explanation: 'Tôi xin giải trình' },
  conclude: { name: 'conclude', isViolationConfirmed: true, severity: 'less_serious', conclusion: 'Có vi phạm' },
  decideMeasure: { name: 'decideMeasure', kind: 'discipline', formCode: 'khien_trach', decisionOn: '2026-03-09', decisionNumber: '12/QĐ-KL', note: '' },
  notify: { name: 'notify', notifiedOn: '2026-03-10', note: '' },
  close: { name: 'close', note: '' },
  defer: { name: 'defer', legalReason: 'maternity_or_young_child', reason: 'Đương sự nghỉ thai sản' },
  resume: { name: 'resume', reason: 'Hết thời gian nghỉ thai sản' },
  dismiss: { name: 'dismiss', reason: 'Không có căn cứ' },
  extendHandling: { name: 'extendHandling', reason: 'Vụ việc phức tạp' },
  assignInspector: { name: 'assignInspector', inspectorId: 'inspector-2', reason: 'Phân công lại' },
};

describe('due process as a table', () => {
  const happyPath: [CaseCommand, CaseRelation[], CaseStatus][] = [
    [commands.verify, HANDLER, 'verifying'],
    [commands.requestExplanation, HANDLER, 'awaiting_explanation'],
    [commands.submitExplanation, ['subject'], 'explained'],
    [commands.conclude, HANDLER, 'concluded'],
    [commands.decideMeasure, ['leader'], 'measure_decided'],
    [commands.notify, HANDLER, 'notified'],
  ];
  it('walks record → verify → explanation → conclusion → measure → notification', () => {
    let state = baseCase;
    for (const [command, relations, expected] of happyPath) {
      const decision = decide(state, relations, command, context);
      expect(decision.ok, `${command.name}: ${JSON.stringify(decision)}`).toBe(true);
      if (!decision.ok) return;
      state = decision.next;
      expect(state.status).toBe(expected);
    }
    expect(state).toMatchObject({
      explanationDueOn: '2026-03-17',
      severity: 'less_serious',
      measureKind: 'discipline',
      disciplineFormCode: 'khien_trach',
      appealDueOn: '2026-03-25',
    });
    expect(decide(state, HANDLER, commands.close, context)).toMatchObject({ ok: false, reason: 'too_early' });
    expect(decide(state, HANDLER, commands.close, { today: '2026-03-26' })).toMatchObject({ ok: true, next: { status: 'closed' } });
  });

  it.each([
    ['the subject may not verify', baseCase, ['subject'], commands.verify, 'not_allowed'],
    ['a unit head only reads', baseCase, ['subject_unit_head'], commands.verify, 'not_allowed'],
    ['another inspector only reads', baseCase, ['inspector'], commands.verify, 'not_allowed'],
    ['an inspector may not explain for the subject', { ...baseCase, status: 'awaiting_explanation' }, HANDLER, commands.submitExplanation, 'not_allowed'],
    ['no explanation before it is asked', { ...baseCase, status: 'verifying' }, ['subject'], commands.submitExplanation, 'wrong_state'],
    ['no confirmed violation without hearing the subject', { ...baseCase, status: 'verifying' }, HANDLER, commands.conclude, 'wrong_state'],
    [
      'nor while the explanation deadline runs',
      { ...baseCase, status: 'awaiting_explanation', explanationDueOn: '2026-03-17' },
      HANDLER,
      commands.conclude,
      'wrong_state',
    ],
    [
      'no measure without a confirmed violation',
      { ...baseCase, status: 'concluded', isViolationConfirmed: false },
      HANDLER,
      commands.decideMeasure,
      'wrong_state',
    ],
    [
      'a confirmed violation needs a measure before notice',
      { ...baseCase, status: 'concluded', isViolationConfirmed: true },
      HANDLER,
      commands.notify,
      'wrong_state',
    ],
    ['dismissal only before the subject is heard', { ...baseCase, status: 'explained' }, HANDLER, commands.dismiss, 'wrong_state'],
    ['one extension at most', { ...baseCase, isHandlingExtended: true }, HANDLER, commands.extendHandling, 'wrong_state'],
    ['a unit cannot be deferred', { ...baseCase, subjectKind: 'unit' }, HANDLER, commands.defer, 'invalid_command'],
    ['closed is final', { ...baseCase, status: 'closed' }, HANDLER, commands.assignInspector, 'wrong_state'],
  ] as [string, CaseState, CaseRelation[], CaseCommand, string][])('%s', (_label, state, relations, command, reason) => {
    expect(decide(state, relations, command, context)).toMatchObject({ ok: false, reason });
  });

  it('concludes a violation when the subject let the explanation deadline pass', () => {
    const state: CaseState = { ...baseCase, status: 'awaiting_explanation', explanationDueOn: '2026-03-09' };
    expect(decide(state, HANDLER, commands.conclude, context)).toMatchObject({ ok: true, next: { status: 'concluded', isViolationConfirmed: true } });
  });

  it('notifies a "no violation" conclusion without a measure', () => {
    const state: CaseState = { ...baseCase, status: 'verifying' };
    const concluded = decide(state, HANDLER, { name: 'conclude', isViolationConfirmed: false, conclusion: 'Không có vi phạm' }, context);
    expect(concluded).toMatchObject({ ok: true, next: { status: 'concluded', isViolationConfirmed: false } });
    if (!concluded.ok) return;
    expect(decide(concluded.next, HANDLER, commands.notify, context)).toMatchObject({ ok: true, next: { status: 'notified' } });
  });

  it('defers with the legal reason and resumes where it stopped', () => {
    const deferred = decide({ ...baseCase, status: 'awaiting_explanation' }, HANDLER, commands.defer, context);
    expect(deferred).toMatchObject({
      ok: true,
      next: { status: 'deferred', deferredFrom: 'awaiting_explanation', deferralReason: 'maternity_or_young_child' },
    });
    if (!deferred.ok) return;
    expect(decide(deferred.next, HANDLER, commands.resume, context)).toMatchObject({ ok: true, next: { status: 'awaiting_explanation', deferredFrom: null } });
  });

  it('refuses a disciplinary form not in force on the decision date (hạ bậc lương ended 30/6/2025)', () => {
    const state: CaseState = { ...baseCase, status: 'concluded', isViolationConfirmed: true, severity: 'serious' };
    const abolished = { ...commands.decideMeasure, formCode: 'ha_bac_luong' } as CaseCommand;
    expect(decide(state, HANDLER, abolished, context)).toMatchObject({ ok: false, reason: 'form_not_in_force' });
    expect(decide(state, HANDLER, { ...commands.decideMeasure, formCode: 'khai_tru' } as CaseCommand, context)).toMatchObject({
      ok: false,
      reason: 'form_unknown',
    });
    expect(
      decide({ ...state, subjectCategory: 'party_member' }, HANDLER, { ...commands.decideMeasure, formCode: 'khai_tru' } as CaseCommand, context),
    ).toMatchObject({ ok: true });
  });

  it('refuses a decision dated in the future or before detection', () => {
    const state: CaseState = { ...baseCase, status: 'concluded', isViolationConfirmed: true, severity: 'serious' };
    expect(decide(state, HANDLER, { ...commands.decideMeasure, decisionOn: '2026-03-11' } as CaseCommand, context)).toMatchObject({
      ok: false,
      reason: 'invalid_command',
    });
    expect(decide(state, HANDLER, { ...commands.decideMeasure, decisionOn: '2026-02-01' } as CaseCommand, context)).toMatchObject({
      ok: false,
      reason: 'invalid_command',
    });
  });
});

describe('due process properties', () => {
  const names = Object.keys(commands) as CaseCommand['name'][];
  const step = fc.record({
    name: fc.constantFrom(...names),
    relations: fc.subarray([...caseRelations], { minLength: 1 }),
    daysLater: fc.integer({ min: 0, max: 40 }),
  });

  it('never leaves a final state, never moves without an allowed step, and only the subject explains', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, confidential) => {
        let state: CaseState = { ...baseCase, confidentiality: confidential ? 'confidential' : 'normal' };
        let day = 10;
        for (const { name, relations, daysLater } of steps) {
          day = Math.min(day + daysLater, 28);
          const today = `2026-04-${String(day).padStart(2, '0')}`;
          const decision = decide(state, relations, commands[name], { today, explanationDueOn: today, appealDueOn: today });
          if (!decision.ok) continue;
          expect((finalCaseStatuses as readonly string[]).includes(state.status)).toBe(false);
          expect(COMMAND_STATES[name]).toContain(state.status);
          if (name === 'submitExplanation') expect(relations).toContain('subject');
          else expect(relations.some((relation) => relation === 'handling_inspector' || relation === 'leader')).toBe(true);
          // Confidential cases: only the handler and leaders act (another inspector has no access).
          if (confidential && name !== 'submitExplanation')
            expect(relations.some((relation) => relation === 'handling_inspector' || relation === 'leader')).toBe(true);
          if (decision.next.status === 'measure_decided') expect(decision.next.isViolationConfirmed).toBe(true);
          expect(caseStatuses).toContain(decision.next.status);
          state = decision.next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
