import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackCategories, feedbackCommandNames, feedbackStatuses, isTrackingCode, normalizeTrackingCode } from '../../../contracts/feedback.js';
import { defaultWorkingCalendar } from '../../platform/calendar/working-days.js';
import { openIdentity, sealIdentity } from './feedback.identity.js';
import {
  abilitiesOf,
  acceptDueAt,
  clockOf,
  decide,
  type FeedbackCommand,
  type ReportState,
  routingRefusal,
  type RoutingCandidate,
  type StaffRelation,
} from './feedback.rules.js';
import { hashTrackingCode, newTrackingCode } from './feedback.tracking.js';

const base: ReportState = { status: 'received', category: 'delay', level: 'normal', isAnonymous: false, caseId: null, ratingScore: null };
const commandOf = (name: (typeof feedbackCommandNames)[number], hasStaffEvidence = true): FeedbackCommand =>
  name === 'reject'
    ? { name, reason: 'x' }
    : name === 'classify'
      ? { name, category: 'delay', level: 'normal' }
      : name === 'answer'
        ? { name, hasStaffEvidence }
        : ({ name } as FeedbackCommand);

describe('report state machine', () => {
  it.each([
    ['received', 'accept', ['triage'], 'accepted'],
    ['received', 'reject', ['triage'], 'rejected'],
    ['accepted', 'reject', ['triage'], 'rejected'],
    ['accepted', 'answer', ['handler'], 'answered'],
    ['case_opened', 'answer', ['triage'], 'answered'],
    ['accepted', 'openCase', ['case_opener'], 'case_opened'],
    ['accepted', 'route', ['triage'], 'accepted'],
    ['answered', 'message', ['handler'], 'answered'],
  ] as const)('%s + %s by %j → %s', (status, name, relations, next) => {
    const decision = decide({ ...base, status }, relations, commandOf(name));
    expect(decision).toMatchObject({ ok: true, status: next });
  });

  it.each([
    ['received', 'answer', ['triage'], 'invalid_state'],
    ['received', 'route', ['triage'], 'invalid_state'],
    ['answered', 'reject', ['triage'], 'invalid_state'],
    ['rejected', 'message', ['triage'], 'invalid_state'],
    ['received', 'accept', ['handler'], 'not_allowed'],
    ['accepted', 'route', ['handler'], 'not_allowed'],
    ['accepted', 'readIdentity', ['triage', 'handler'], 'not_allowed'],
  ] as const)('%s + %s by %j is refused: %s', (status, name, relations, reason) => {
    expect(decide({ ...base, status }, relations, commandOf(name))).toMatchObject({ ok: false, reason });
  });

  it('wants a document or photo before answering harassment and corruption signs', () => {
    for (const category of ['harassment', 'corruption_signs'] as const) {
      expect(decide({ ...base, status: 'accepted', category }, ['triage'], commandOf('answer', false))).toMatchObject({
        ok: false,
        reason: 'evidence_required',
      });
      expect(decide({ ...base, status: 'accepted', category }, ['triage'], commandOf('answer', true))).toMatchObject({ ok: true });
    }
  });

  it('opens one case at most, and no identity on an anonymous report', () => {
    expect(decide({ ...base, status: 'accepted', caseId: 'c' }, ['case_opener'], { name: 'openCase' })).toMatchObject({ ok: false });
    expect(decide({ ...base, status: 'accepted' }, ['triage'], { name: 'openCase' })).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(decide({ ...base, isAnonymous: true }, ['identity_reader'], { name: 'readIdentity' })).toMatchObject({ ok: false, reason: 'anonymous' });
  });

  it('offers exactly the commands it would accept (property)', () => {
    const relation = fc.subarray<StaffRelation>(['triage', 'handler', 'identity_reader', 'case_opener']);
    const state = fc.record({
      status: fc.constantFrom(...feedbackStatuses),
      category: fc.constantFrom(...feedbackCategories),
      level: fc.constantFrom('normal' as const, 'urgent' as const, 'complex' as const),
      isAnonymous: fc.boolean(),
      caseId: fc.option(fc.constant('case'), { nil: null }),
      ratingScore: fc.constant(null),
    });
    fc.assert(
      fc.property(state, relation, (report, relations) => {
        const abilities = abilitiesOf(report, relations);
        for (const name of feedbackCommandNames) {
          expect(decide(report, relations, commandOf(name)).ok).toBe(abilities.includes(name));
        }
        // Closed reports take no step that changes them.
        if (report.status === 'rejected') expect(abilities.filter((a) => a !== 'readIdentity')).toEqual([]);
      }),
    );
  });
});

describe('routing exclusion', () => {
  const subject = { personId: 'official', unitPath: '/root/dept/team/', managedUnitPaths: [] };

  it.each([
    ['/root/dept/team/', [], true],
    ['/root/dept/', [], true],
    ['/root/', [], true],
    ['/root/other/', [], false],
    ['/root/dept/sibling/', [], false],
    ['/root/other/', [{ personId: 'official', managedUnitPaths: [] }], true],
    ['/root/other/', [{ personId: 'boss', managedUnitPaths: ['/root/dept/'] }], true],
    ['/root/other/', [{ personId: 'peer', managedUnitPaths: ['/root/other/'] }], false],
  ] as const)('to %s with handlers %j refused: %s', (target, handlers, refused) => {
    expect(routingRefusal(target, handlers as unknown as RoutingCandidate[], subject) !== null).toBe(refused);
  });

  it('refuses units the official manages', () => {
    expect(routingRefusal('/root/dept/team/sub/', [], { ...subject, managedUnitPaths: ['/root/dept/team/'] })).not.toBeNull();
  });

  it('never hands a report to the subject or anyone above them (property)', () => {
    const segment = fc.constantFrom('a', 'b', 'c');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/r/${parts.join('/')}/`);
    fc.assert(
      fc.property(path, path, fc.array(path, { maxLength: 3 }), (subjectPath, target, handlerManages) => {
        const refusal = routingRefusal(target, [{ personId: 'h', managedUnitPaths: handlerManages }], {
          personId: 's',
          unitPath: subjectPath,
          managedUnitPaths: [],
        });
        const targetAbove = subjectPath.startsWith(target);
        const handlerAbove = handlerManages.some((managed) => subjectPath.startsWith(managed));
        expect(refusal !== null).toBe(targetAbove || handlerAbove);
      }),
    );
  });
});

describe('acceptance clock', () => {
  const calendar = defaultWorkingCalendar();

  it('gives 8 office hours, skipping the weekend', () => {
    // Friday 06/03/2026 15:00 local: 2 h on Friday, 6 h on Monday (4 + 2 after 13:30) → Monday 15:30.
    expect(acceptDueAt(calendar, new Date('2026-03-06T08:00:00Z')).toISOString()).toBe('2026-03-09T08:30:00.000Z');
  });

  it('is overdue exactly when still unaccepted after the deadline, or accepted after it (property)', () => {
    const start = Date.parse('2026-03-02T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 0, max: 10 * 24 * 60 }), fc.boolean(), (minutes, waited, accepted) => {
        const receivedAt = new Date(start + minutes * 60_000);
        const due = acceptDueAt(calendar, receivedAt);
        expect(due.getTime()).toBeGreaterThan(receivedAt.getTime());
        const now = new Date(receivedAt.getTime() + waited * 60_000);
        const clock = clockOf(
          { status: accepted ? 'accepted' : 'received', acceptDueAt: due, acceptedAt: accepted ? now : null, resolveDueAt: null, answeredAt: null },
          now,
        );
        expect(clock.isAcceptOverdue).toBe(now > due);
      }),
    );
  });
});

describe('tracking codes and sealed identities', () => {
  it('makes 160-bit codes that survive normalisation and hash the same', () => {
    const codes = new Set(Array.from({ length: 200 }, newTrackingCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(isTrackingCode(code)).toBe(true);
      expect(hashTrackingCode(code.toLowerCase())).toBe(hashTrackingCode(normalizeTrackingCode(code)));
    }
  });

  it('opens only with the same key and the same report', () => {
    const key = Buffer.alloc(32, 7);
    const sealed = sealIdentity(key, 'report-1', { name: 'A', phone: '1', email: '' });
    expect(openIdentity(key, 'report-1', sealed)).toEqual({ name: 'A', phone: '1', email: '' });
    expect(() => openIdentity(key, 'report-2', sealed)).toThrow();
    expect(() => openIdentity(Buffer.alloc(32, 8), 'report-1', sealed)).toThrow();
  });
});
