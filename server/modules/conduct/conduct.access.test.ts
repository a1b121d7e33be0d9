import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { ACCESS_TABLE, mayRun, showsReporter, showsSealedEvidence, showsSource, viewOf } from './conduct.access.js';
import { relationsTo } from './conduct.policy.js';

const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 'u',
  agencyId: 'a',
  personId: 'p-actor',
  displayName: 'X',
  roles: ['staff'],
  unitId: 'unit',
  unitPath: '/root/other/',
  managedUnitPaths: [],
  ...overrides,
});
const personCase = { subjectKind: 'person' as const, subjectPersonId: 'p-subject', subjectUnitPath: '/root/dept/', handlingInspectorId: 'p-handler' };

describe('who sees what of a case', () => {
  it.each([
    ['the subject', actor({ personId: 'p-subject', unitPath: '/root/dept/' }), 'subject', 'subject'],
    ['the handling inspector', actor({ personId: 'p-handler', roles: ['inspector'] }), 'full', 'full'],
    ['another inspector', actor({ roles: ['inspector'] }), 'handler', null],
    ['the head of the subject’s unit', actor({ roles: ['unit_head', 'staff'], managedUnitPaths: ['/root/dept/'] }), 'unit_head', null],
    ['the head of a parent unit', actor({ roles: ['unit_head'], managedUnitPaths: ['/root/'] }), 'unit_head', null],
    ['the head of another unit', actor({ roles: ['unit_head'], managedUnitPaths: ['/root/other/'] }), null, null],
    ['a colleague (staff)', actor({ unitPath: '/root/dept/' }), null, null],
    ['a leader', actor({ roles: ['leader'] }), 'handler', 'handler'],
    ['the agency administrator', actor({ roles: ['agency_admin'] }), null, null],
  ])('%s', (_label, who, normal, confidential) => {
    const relations = relationsTo(who, personCase);
    expect(viewOf(relations, 'normal', 'awaiting_explanation')).toBe(normal);
    expect(viewOf(relations, 'confidential', 'awaiting_explanation')).toBe(confidential);
  });

  it('keeps the verification from the subject until they are asked to explain', () => {
    const relations = relationsTo(actor({ personId: 'p-subject' }), personCase);
    expect(viewOf(relations, 'normal', 'recorded')).toBeNull();
    expect(viewOf(relations, 'normal', 'verifying')).toBeNull();
    expect(viewOf(relations, 'normal', 'closed')).toBe('subject');
  });

  it('never shows source, reporter or sealed evidence to the subject’s side; the reporter to the handler alone', () => {
    expect([showsSource('subject'), showsSource('unit_head'), showsReporter('subject'), showsReporter('unit_head'), showsReporter('handler')]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([showsSealedEvidence('subject'), showsSealedEvidence('unit_head')]).toEqual([false, false]);
    expect([showsReporter('full'), showsSource('handler'), showsSealedEvidence('handler')]).toEqual([true, true, true]);
  });

  it('a subject who is also an inspector gets no second view of their own case', () => {
    const relations = relationsTo(actor({ personId: 'p-subject', roles: ['inspector', 'leader'] }), personCase);
    expect(relations).toEqual(['subject']);
    expect(mayRun(relations, 'verify', 'normal')).toBe(false);
  });

  it('the head of a unit under review answers as the subject', () => {
    const unitCase = { ...personCase, subjectKind: 'unit' as const, subjectPersonId: null };
    const relations = relationsTo(actor({ roles: ['unit_head'], managedUnitPaths: ['/root/dept/'] }), unitCase);
    expect(relations).toContain('subject');
    expect(mayRun(relations, 'submitExplanation', 'normal')).toBe(true);
  });

  it('gives every relation a row for both confidentiality levels', () => {
    for (const row of Object.values(ACCESS_TABLE)) expect(Object.keys(row).sort()).toEqual(['confidential', 'normal']);
  });
});
