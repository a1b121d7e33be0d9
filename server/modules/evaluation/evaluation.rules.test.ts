import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, checkCap, levelOf, ratingUnitOf } from './evaluation.rules.js';
import { SCHEME_REFERENCE, schemeByCode, schemeFor } from './evaluation.schemes.js';
import { scoreLines, sumPoints, type TaskFact, taskLines } from './evaluation.scoring.js';
import { headLevelOf, unitLevelOf } from './evaluation.unit-rating.js';

const hanoi = schemeByCode('hanoi_3814_monthly');
const decree335 = schemeByCode('decree_335_civil_servant');
const decree90 = schemeByCode('decree_90_48_employee');
const edges = SCHEME_REFERENCE.edgeRules;
const fact = (overrides: Partial<TaskFact> = {}): TaskFact => ({
  taskId: crypto.randomUUID(),
  title: 'Báo cáo',
  isCompleted: true,
  workingDaysLate: 0,
  grade: 4,
  returnCount: 0,
  extensionCount: 0,
  ...overrides,
});

describe('schemes', () => {
  it.each([
    ['civil_servant', 'month', '2026-03-01', 'hanoi_3814_monthly'],
    ['worker', 'month', '2024-03-01', 'hanoi_3814_monthly'],
    ['civil_servant', 'quarter', '2026-01-01', 'decree_335_civil_servant'],
    ['cadre', 'year', '2026-01-01', 'decree_335_civil_servant'],
    ['civil_servant', 'year', '2025-01-01', 'decree_90_48_employee'],
    ['worker', 'quarter', '2026-04-01', 'decree_90_48_employee'],
  ] as const)('%s, %s from %s → %s', (category, kind, start, code) => {
    expect(schemeFor(category, kind, start)?.code).toBe(code);
  });
  it('names a source for every scheme and marks the unverified ones', () => {
    for (const scheme of SCHEME_REFERENCE.schemes) {
      expect(scheme.source.length).toBeGreaterThan(10);
      expect(scheme.parts.general + scheme.parts.tasks + scheme.parts.bonus).toBe(100);
    }
    expect(schemeByCode('party_366').note).toMatch(/Chỉ tham khảo/);
    expect(decree335.taskWeights.note).toMatch(/NF/);
  });
});

describe('bands', () => {
  it.each([
    [hanoi, 90, 'HTXSNV'],
    [hanoi, 89.99, 'HTTNV'],
    [hanoi, 70, 'HTTNV'],
    [hanoi, 69.5, 'HTNV'],
    [hanoi, 50, 'HTNV'],
    [hanoi, 49.99, 'KHTNV'],
    [decree335, 95, 'HTXSNV'],
    [decree335, 75, 'HTTNV'],
    [decree335, 0, 'KHTNV'],
  ] as const)('%#: score %s → %s', (scheme, score, level) => {
    expect(bandOf(scheme, score)).toBe(level);
  });
  it('shows the Hanoi levels as A/B/C/D', () => {
    expect(hanoi.levelNames.HTXSNV).toMatch(/A/);
    expect(hanoi.levelNames.KHTNV).toMatch(/D/);
  });
});

describe('task results (Decree 335: −25 % of quality points per major error, −25 % of progress points per delay)', () => {
  it('gives full points when every task is on time and well done', () => {
    expect(sumPoints(taskLines(decree335, [fact(), fact()]))).toBe(70);
  });
  it('takes 25 % of the progress points of a task completed 3 working days late', () => {
    const lines = taskLines(decree335, [fact({ workingDaysLate: 3 }), fact()]);
    // One task of two: share 35, progress 30 % of it = 10.5, a quarter = 2.625 → 2.63.
    expect(lines.find((line) => line.kind === 'task_progress')?.points).toBe(-2.63);
    expect(lines.find((line) => line.kind === 'task_progress')?.label.vi).toBe('Nhiệm vụ "Báo cáo": hoàn thành trễ 3 ngày làm việc, −25 % điểm tiến độ');
  });
  it('takes 25 % of quality points per return and per poor grade, at most all of them', () => {
    expect(taskLines(decree335, [fact({ returnCount: 1 })])[1]?.points).toBe(-5.25);
    expect(taskLines(decree335, [fact({ returnCount: 1, grade: 2 })])[1]?.points).toBe(-10.5);
    expect(taskLines(decree335, [fact({ returnCount: 7 })])[1]?.points).toBe(-21);
  });
  it('takes the whole share of an unfinished task and links each line to its task', () => {
    const unfinished = fact({ isCompleted: false });
    const lines = taskLines(hanoi, [unfinished, fact(), fact(), fact()]);
    expect(lines[1]).toMatchObject({ kind: 'task_unfinished', points: -17.5, taskId: unfinished.taskId });
  });
  it('notes extensions without deducting', () => {
    expect(taskLines(hanoi, [fact({ extensionCount: 2 })]).find((line) => line.kind === 'task_fact')?.points).toBe(0);
  });
});

describe('the score', () => {
  it('adds general, tasks and bonus, and shows a reviewer change beside the computed value', () => {
    const tasks = taskLines(hanoi, [fact({ workingDaysLate: 2 })]);
    const { score, lines } = scoreLines({
      scheme: hanoi,
      selfGeneral: 18,
      selfBonus: 5,
      taskLines: tasks,
      factLines: [],
      overrides: [{ figure: 'tasks', value: 70, reason: 'Trễ do chờ số liệu của đơn vị khác' }],
    });
    expect(score).toBe(93);
    expect(lines.at(-1)?.label.vi).toContain('64,75 → 70');
  });
  it('caps self-scores at the part maximum; no bonus under Decree 335', () => {
    expect(scoreLines({ scheme: decree335, selfGeneral: 45, selfBonus: 10, taskLines: taskLines(decree335, []), factLines: [], overrides: [] }).score).toBe(
      100,
    );
  });
  it('equals the sum of its explanation lines (property)', () => {
    const taskFact = fc.record({
      taskId: fc.uuid(),
      title: fc.string({ maxLength: 8 }),
      isCompleted: fc.boolean(),
      workingDaysLate: fc.nat(20),
      grade: fc.option(fc.integer({ min: 1, max: 5 })),
      returnCount: fc.nat(5),
      extensionCount: fc.nat(3),
    });
    const override = fc.record({
      figure: fc.constantFrom('general' as const, 'tasks' as const, 'bonus' as const),
      value: fc.integer({ min: 0, max: 2000 }).map((v) => v / 100),
      reason: fc.constant('lý do'),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(hanoi, decree335, decree90),
        fc.array(taskFact, { maxLength: 12 }),
        fc.option(fc.integer({ min: 0, max: 3000 }).map((v) => v / 100)),
        fc.option(fc.nat(10)),
        fc.array(override, { maxLength: 3 }),
        (scheme, facts, general, bonus, overrides) => {
          const { score, lines } = scoreLines({
            scheme,
            selfGeneral: general,
            selfBonus: bonus,
            taskLines: taskLines(scheme, facts),
            factLines: [],
            overrides,
          });
          const cents = lines.reduce((total, line) => total + Math.round(line.points * 100), 0);
          expect(Math.round(score * 100)).toBe(cents);
          if (overrides.length === 0) expect(score).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('levels and edge rules', () => {
  const base = { scheme: decree335, score: 95, disciplines: [], monthsWorked: null, monthsAbsent: null, isYear: true };
  it('rates a person disciplined in the period at the lowest level, naming the case', () => {
    const outcome = levelOf({ ...base, disciplines: [{ caseId: 'c1', formName: 'Khiển trách', decisionOn: '2026-03-10', decisionNumber: '12/QĐ-KL' }] }, edges);
    expect(outcome.level).toBe('KHTNV');
    expect(outcome.reasons[0]).toMatchObject({ caseId: 'c1' });
  });
  it('does not rate someone who worked under six months in the year', () => {
    expect(levelOf({ ...base, monthsWorked: 5 }, edges)).toMatchObject({ level: null, isRated: false });
    expect(levelOf({ ...base, monthsWorked: 6 }, edges).level).toBe('HTXSNV');
  });
  it('caps at HTNV an absence of 3 to under 6 months', () => {
    expect(levelOf({ ...base, monthsAbsent: 3 }, edges).level).toBe('HTNV');
    expect(levelOf({ ...base, monthsAbsent: 2 }, edges).level).toBe('HTXSNV');
    expect(levelOf({ ...base, score: 40, monthsAbsent: 4 }, edges).level).toBe('KHTNV');
  });
  it('applies the absence rules to years only', () => {
    expect(levelOf({ ...base, scheme: hanoi, isYear: false, monthsWorked: 0, monthsAbsent: 4 }, edges).level).toBe('HTXSNV');
  });
  it('rates someone who moved where they worked most', () => {
    expect(
      ratingUnitOf([
        { unitId: 'a', days: 8 },
        { unitId: 'b', days: 14 },
      ]),
    ).toBe('b');
    expect(
      ratingUnitOf([
        { unitId: 'a', days: 10 },
        { unitId: 'b', days: 10 },
      ]),
    ).toBe('b');
    expect(ratingUnitOf([])).toBeNull();
  });
});

describe('caps', () => {
  it('Hanoi monthly: A at most 30 % of those rated, 40 % in an outstanding unit', () => {
    const levels = ['HTXSNV', 'HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV'] as const;
    expect(checkCap(hanoi, [...levels])).toMatchObject({ allowed: 3, count: 3, isExceeded: false });
    expect(checkCap(hanoi, ['HTXSNV', ...levels])).toMatchObject({ allowed: 3, count: 4, basis: 11, isExceeded: true });
    expect(checkCap(hanoi, ['HTXSNV', ...levels], true)).toMatchObject({ allowed: 4, isExceeded: false });
  });
  it('Decree 335: HTXSNV at most 20 % of those rated HTTNV', () => {
    const fiveGood = Array<'HTTNV'>(5).fill('HTTNV');
    expect(checkCap(decree335, ['HTXSNV', ...fiveGood])).toMatchObject({ allowed: 1, basis: 5, isExceeded: false });
    expect(checkCap(decree335, ['HTXSNV', 'HTXSNV', ...fiveGood])).toMatchObject({ isExceeded: true });
    expect(checkCap(decree335, ['HTXSNV', 'HTTNV', 'HTTNV', null])).toMatchObject({ allowed: 0, isExceeded: true });
  });
});

describe('unit ratings', () => {
  it.each([
    [{ targetAttainmentPercent: 100, targetsExceededPercent: 60, onTimePercent: 90, memberLevels: ['HTXSNV', 'HTTNV', 'HTTNV'] }, 'HTXSNV'],
    [{ targetAttainmentPercent: 100, targetsExceededPercent: 0, onTimePercent: 80, memberLevels: ['HTTNV', 'HTTNV', 'HTTNV', 'HTNV'] }, 'HTTNV'],
    [{ targetAttainmentPercent: 100, targetsExceededPercent: 0, onTimePercent: 79, memberLevels: ['HTTNV'] }, 'HTNV'],
    [{ targetAttainmentPercent: 100, targetsExceededPercent: 0, onTimePercent: 95, memberLevels: ['HTTNV', 'KHTNV'] }, 'HTNV'],
    [{ targetAttainmentPercent: 60, targetsExceededPercent: 0, onTimePercent: 95, memberLevels: [] }, 'KHTNV'],
  ] as const)('%#', (facts, level) => {
    expect(unitLevelOf({ ...facts, memberLevels: [...facts.memberLevels] }).level).toBe(level);
  });
  it("ties a head's level to the unit's", () => {
    expect(headLevelOf('HTXSNV', 'HTNV')).toBe('HTNV');
    expect(headLevelOf('HTNV', 'HTXSNV')).toBe('HTNV');
  });
});
