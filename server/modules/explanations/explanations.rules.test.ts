import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { defaultWorkingCalendar } from '../../platform/calendar/working-days.js';
import { abilitiesOf, canRequestFrom, escalationTargets, explanationDueOn, type ExplanationFacts, isOverdue } from './explanations.rules.js';

const actor = (personId: string, roles: Actor['roles'], managedUnitPaths: string[] = []): Actor => ({
  userId: `u-${personId}`,
  agencyId: 'a',
  personId,
  displayName: personId,
  roles,
  unitId: null,
  unitPath: '/root/',
  managedUnitPaths,
});
const facts = (overrides: Partial<ExplanationFacts> = {}): ExplanationFacts => ({
  status: 'awaiting_answer',
  subjectPersonId: 'lan',
  requesterId: 'head',
  escalatedToIds: [],
  caseId: null,
  dueOn: '2026-03-20',
  ...overrides,
});

describe('who asks', () => {
  it('lets leaders ask anyone but themselves, unit heads only within their subtrees, staff nobody', () => {
    const lan = { personId: 'lan', unitPath: '/root/dept/' };
    expect(canRequestFrom(actor('leader', ['leader']), lan)).toBe(true);
    expect(canRequestFrom(actor('lan', ['leader']), lan)).toBe(false);
    expect(canRequestFrom(actor('head', ['unit_head'], ['/root/dept/']), lan)).toBe(true);
    expect(canRequestFrom(actor('head', ['unit_head'], ['/root/other/']), lan)).toBe(false);
    expect(canRequestFrom(actor('minh', ['staff']), lan)).toBe(false);
  });
});

describe('deadline and abilities', () => {
  it('counts working days after the day asked, skipping the weekend and Tết', () => {
    const calendar = defaultWorkingCalendar();
    expect(explanationDueOn(calendar, '2026-03-17', 3)).toBe('2026-03-20');
    expect(explanationDueOn(calendar, '2026-03-19', 3)).toBe('2026-03-24');
    expect(explanationDueOn(calendar, '2026-02-13', 1)).toBe('2026-02-23');
  });

  it('is red only while unanswered after its due day', () => {
    expect(isOverdue(facts(), '2026-03-20')).toBe(false);
    expect(isOverdue(facts(), '2026-03-23')).toBe(true);
    expect(isOverdue(facts({ status: 'answered' }), '2026-03-23')).toBe(false);
  });

  it.each([
    ['the subject answers while it waits', actor('lan', ['staff']), facts(), ['answer']],
    ['the requester decides an answer', actor('head', ['unit_head']), facts({ status: 'answered' }), ['decide']],
    ['the escalation decides too', actor('boss', ['unit_head']), facts({ status: 'answered', escalatedToIds: ['boss'] }), ['decide']],
    ['a leader turns a rejected one into a case', actor('leader', ['leader']), facts({ status: 'not_accepted' }), ['openCase']],
    ['an inspector turns an overdue one into a case', actor('ins', ['inspector']), facts({ dueOn: '2026-03-01' }), ['openCase']],
    ['never twice', actor('leader', ['leader']), facts({ status: 'not_accepted', caseId: 'c' }), []],
    ['not an accepted one', actor('leader', ['leader']), facts({ status: 'accepted' }), []],
    ['a unit head cannot open cases', actor('head', ['unit_head']), facts({ status: 'not_accepted' }), []],
  ])('%s', (_name, who, state, expected) => {
    expect(abilitiesOf(who, state, '2026-03-10')).toEqual(expected);
  });
});

describe('escalation', () => {
  const heads = new Map([
    ['dept', ['head']],
    ['root', ['director']],
  ]);
  it('goes to the head of the requester’s unit, or above when the requester is that head, then to the leaders', () => {
    expect(escalationTargets({ id: 'deputy', unitPath: '/root/dept/' }, heads, ['leader'])).toEqual(['head']);
    expect(escalationTargets({ id: 'head', unitPath: '/root/dept/' }, heads, ['leader'])).toEqual(['director']);
    expect(escalationTargets({ id: 'director', unitPath: '/root/' }, heads, ['leader', 'director'])).toEqual(['leader']);
    expect(escalationTargets({ id: 'head', unitPath: '/root/dept/' }, new Map(), [])).toEqual([]);
  });
});
