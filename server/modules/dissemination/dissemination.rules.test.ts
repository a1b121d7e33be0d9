import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AudienceInput, QuizInput } from '../../../contracts/dissemination.js';
import {
  askAgain,
  commitmentNameMatches,
  countsDelta,
  countsOf,
  decidePersonAction,
  decideSelfCheckIn,
  isAudienceWithin,
  isCheckInOpen,
  isDone,
  isInAudience,
  newCheckInCode,
  noFlags,
  scoreQuiz,
  stageOf,
  statusAtClose,
  type AssignmentFlags,
  type PersonAction,
  type Requirements,
} from './dissemination.rules.js';

const now = new Date('2026-03-02T03:00:00Z');
const plain: Requirements = { requiresCommitment: false, hasQuiz: false };
const full: Requirements = { requiresCommitment: true, hasQuiz: true };
const audience = (over: Partial<AudienceInput>): AudienceInput => ({
  wholeAgency: false,
  unitIds: [],
  categories: [],
  partyMembersOnly: false,
  personIds: [],
  ...over,
});
const person = (over: Partial<{ id: string; unitPath: string; category: string; isPartyMember: boolean; isActive: boolean }> = {}) => ({
  id: 'p1',
  unitPath: '/root/ban/',
  category: 'civil_servant',
  isPartyMember: false,
  isActive: true,
  ...over,
});

describe('audience', () => {
  it.each([
    ['whole agency takes everyone active', audience({ wholeAgency: true }), person(), true],
    ['a unit covers its subtree', audience({ unitIds: ['ban'] }), person({ unitPath: '/root/ban/to/' }), true],
    ['a unit does not cover its sibling', audience({ unitIds: ['ban'] }), person({ unitPath: '/root/ban2/' }), false],
    ['categories narrow the units', audience({ wholeAgency: true, categories: ['cadre'] }), person(), false],
    ['a matching category passes', audience({ wholeAgency: true, categories: ['cadre', 'civil_servant'] }), person(), true],
    ['Party members only', audience({ wholeAgency: true, partyMembersOnly: true }), person(), false],
    ['a Party member passes', audience({ wholeAgency: true, partyMembersOnly: true }), person({ isPartyMember: true }), true],
    ['named people are always in', audience({ partyMembersOnly: true, categories: ['worker'], personIds: ['p1'] }), person(), true],
    ['people who left are never assigned', audience({ personIds: ['p1'] }), person({ isActive: false }), false],
  ])('%s', (_name, a, p, expected) => {
    expect(
      isInAudience(
        a,
        a.unitIds.map((id) => `/root/${id}/`),
        p,
      ),
    ).toBe(expected);
  });

  it('property: filters only ever narrow, named people only ever widen', () => {
    const paths = ['/r/a/', '/r/a/x/', '/r/b/', '/r/b/y/', '/r/c/'];
    const candidate = fc.record({
      id: fc.constantFrom('p1', 'p2', 'p3'),
      unitPath: fc.constantFrom(...paths),
      category: fc.constantFrom('cadre', 'civil_servant', 'worker'),
      isPartyMember: fc.boolean(),
      isActive: fc.boolean(),
    });
    const audienceArb = fc.record({
      wholeAgency: fc.boolean(),
      unitIds: fc.subarray(['a', 'b', 'c']),
      categories: fc.subarray(['cadre', 'civil_servant', 'worker'] as const),
      partyMembersOnly: fc.boolean(),
      personIds: fc.subarray(['p1', 'p2']),
    });
    fc.assert(
      fc.property(audienceArb, candidate, (a, p) => {
        const unitPaths = a.unitIds.map((id) => `/r/${id}/`);
        const inIt = isInAudience(a, unitPaths, p);
        const unfiltered = isInAudience({ ...a, categories: [], partyMembersOnly: false }, unitPaths, p);
        if (inIt) expect(unfiltered).toBe(true);
        if (p.isActive && a.personIds.includes(p.id)) expect(inIt).toBe(true);
        if (!p.isActive) expect(inIt).toBe(false);
      }),
    );
  });

  it('lets a unit head target only their own subtree', () => {
    expect(isAudienceWithin(audience({ unitIds: ['x'] }), ['/r/a/x/'], [], ['/r/a/'])).toBe(true);
    expect(isAudienceWithin(audience({ unitIds: ['b'] }), ['/r/b/'], [], ['/r/a/'])).toBe(false);
    expect(isAudienceWithin(audience({ personIds: ['p'] }), [], ['/r/b/'], ['/r/a/'])).toBe(false);
    expect(isAudienceWithin(audience({ wholeAgency: true }), [], [], ['/r/'])).toBe(false);
  });
});

describe('a person’s assignment', () => {
  const opened: AssignmentFlags = { ...noFlags, openedAt: now };
  it('must be opened before it is acknowledged, and acknowledged once', () => {
    expect(decidePersonAction(noFlags, plain, { name: 'acknowledge' }, now)).toMatchObject({ ok: false, code: 'not_opened' });
    const acknowledged = decidePersonAction(opened, plain, { name: 'acknowledge' }, now);
    expect(acknowledged).toMatchObject({ ok: true, changed: true });
    const again = decidePersonAction((acknowledged as { next: AssignmentFlags }).next, plain, { name: 'acknowledge' }, now);
    expect(again).toMatchObject({ ok: false, code: 'already_acknowledged' });
  });

  it('takes a commitment only with the person’s own name, after acknowledging', () => {
    const acknowledged = { ...opened, acknowledgedAt: now };
    const commit = (typedName: string): PersonAction => ({ name: 'commit', typedName, fullName: 'Nguyễn Thị Lân' });
    expect(decidePersonAction(opened, full, commit('Nguyễn Thị Lân'), now)).toMatchObject({ ok: false, code: 'not_acknowledged' });
    expect(decidePersonAction(acknowledged, full, commit('Nguyen Thi Lan'), now)).toMatchObject({ ok: false, code: 'name_mismatch' });
    expect(decidePersonAction(acknowledged, full, commit('  nguyễn  thị LÂN '), now)).toMatchObject({ ok: true });
    expect(decidePersonAction(acknowledged, plain, commit('Nguyễn Thị Lân'), now)).toMatchObject({ ok: false, code: 'no_commitment' });
  });

  it('compares names in one Unicode form', () => {
    expect(commitmentNameMatches('Nguyễn'.normalize('NFD'), 'Nguyễn')).toBe(true);
    expect(commitmentNameMatches('', '')).toBe(false);
  });

  it('is done only when every requirement is met', () => {
    const all: AssignmentFlags = { openedAt: now, acknowledgedAt: now, committedAt: now, quizPassedAt: now };
    expect(isDone(all, full)).toBe(true);
    expect(isDone({ ...all, quizPassedAt: null }, full)).toBe(false);
    expect(isDone({ ...all, quizPassedAt: null, committedAt: null }, plain)).toBe(true);
    expect(stageOf({ ...all, committedAt: null }, full)).toBe('acknowledged');
    expect(stageOf(opened, full)).toBe('read');
    expect(stageOf(noFlags, full)).toBe('pending');
  });

  it('asks again on a new version but keeps a passed check', () => {
    const all: AssignmentFlags = { openedAt: now, acknowledgedAt: now, committedAt: now, quizPassedAt: now };
    expect(askAgain(all)).toEqual({ openedAt: null, acknowledgedAt: null, committedAt: null, quizPassedAt: now });
  });

  it('property: counters move by exactly the change of each flag, for any sequence of actions', () => {
    const action = fc.oneof(
      fc.constant<PersonAction>({ name: 'open' }),
      fc.constant<PersonAction>({ name: 'acknowledge' }),
      fc.constantFrom<PersonAction>({ name: 'commit', typedName: 'Lê An', fullName: 'Lê An' }, { name: 'commit', typedName: 'Le An', fullName: 'Lê An' }),
      fc.boolean().map<PersonAction>((passed) => ({ name: 'answerQuiz', passed })),
      fc.constant<'askAgain'>('askAgain'),
    );
    fc.assert(
      fc.property(fc.record({ requiresCommitment: fc.boolean(), hasQuiz: fc.boolean() }), fc.array(action, { maxLength: 30 }), (req, actions) => {
        let flags: AssignmentFlags = noFlags;
        const running = countsOf(flags, req);
        for (const a of actions) {
          const next =
            a === 'askAgain'
              ? askAgain(flags)
              : (() => {
                  const d = decidePersonAction(flags, req, a, now);
                  return d.ok ? d.next : flags;
                })();
          const delta = countsDelta(flags, next, req);
          for (const key of Object.keys(running) as (keyof typeof running)[]) running[key] += delta[key];
          flags = next;
          // Never acknowledged without having opened, never committed without acknowledging.
          if (flags.acknowledgedAt) expect(flags.openedAt).not.toBeNull();
          if (flags.committedAt) expect(flags.acknowledgedAt).not.toBeNull();
        }
        expect(running).toEqual(countsOf(flags, req));
      }),
    );
  });
});

describe('comprehension check', () => {
  const quiz: QuizInput = {
    passPercent: 67,
    questions: [
      { text: 'Chỉ thị 24 do ai ban hành?', options: ['Ban Thường vụ Thành ủy', 'UBND'], correctIndex: 0 },
      { text: 'Có bao nhiêu biểu hiện?', options: ['20', '25'], correctIndex: 1 },
      { text: 'Ngày ban hành?', options: ['07/08/2023', '02/11/2023'], correctIndex: 0 },
    ],
  };
  it.each([
    [[0, 1, 0], 100, true],
    [[0, 1, 1], 66, false],
    [[0], 33, false],
    [[1, 0, 1], 0, false],
  ])('answers %j score %i', (answers, score, passed) => {
    expect(scoreQuiz(quiz, answers)).toMatchObject({ score, passed });
  });

  it('property: score is within 0–100 and passing is monotone in the number correct', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 100 }), (answers, passPercent) => {
        const result = scoreQuiz({ ...quiz, passPercent }, answers);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        const allRight = scoreQuiz({ ...quiz, passPercent }, [0, 1, 0]);
        expect(allRight.passed).toBe(true);
        if (result.passed) expect(result.correct * 100).toBeGreaterThanOrEqual(passPercent * result.total);
      }),
    );
  });
});

describe('attendance', () => {
  const meeting = { startsAt: new Date('2023-11-02T01:00:00Z'), endsAt: new Date('2023-11-02T04:00:00Z'), code: 'K7PQ2M', isClosed: false };
  it.each([
    ['45 minutes early', new Date('2023-11-02T00:15:00Z'), 'K7PQ2M', 'outside_window'],
    ['30 minutes early', new Date('2023-11-02T00:30:00Z'), 'K7PQ2M', null],
    ['during, lower case', new Date('2023-11-02T02:00:00Z'), ' k7pq2m ', null],
    ['wrong code', new Date('2023-11-02T02:00:00Z'), 'K7PQ2N', 'wrong_code'],
    ['after the end', new Date('2023-11-02T04:00:01Z'), 'K7PQ2M', 'outside_window'],
  ])('%s', (_name, at, code, refusal) => {
    const decision = decideSelfCheckIn(meeting, code, at);
    if (refusal) expect(decision).toMatchObject({ ok: false, code: refusal });
    else expect(decision).toEqual({ ok: true });
  });

  it('refuses a closed meeting', () => {
    expect(decideSelfCheckIn({ ...meeting, isClosed: true }, 'K7PQ2M', new Date('2023-11-02T02:00:00Z'))).toMatchObject({ code: 'meeting_closed' });
  });

  it('property: codes are six unambiguous characters, open only in the window', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), fc.integer({ min: -300, max: 300 }), (bytes, minutes) => {
        const code = newCheckInCode(() => bytes);
        expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
        const at = new Date(meeting.startsAt.getTime() + minutes * 60_000);
        expect(isCheckInOpen(meeting, at)).toBe(minutes >= -30 && minutes <= 180);
      }),
    );
  });

  it('marks whoever did not come and gave no reason as absent without reason at closing', () => {
    expect(statusAtClose('invited')).toBe('absent_unexcused');
    expect(statusAtClose('present')).toBe('present');
    expect(statusAtClose('absent_excused')).toBe('absent_excused');
  });
});
