import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar } from '../../platform/calendar/working-days.js';
import {
  canOpenDraft,
  groupsOf,
  limitHoursOf,
  nextVersionStatus,
  percentile,
  plannedDueDate,
  planSync,
  stepDueDate,
  workingHoursBetween,
  type SequencedStep,
} from './procedures.rules.js';

const calendar = defaultWorkingCalendar();
/** Monday 02/03/2026, 09:00 in Hà Nội. */
const monday9 = new Date('2026-03-02T02:00:00Z');

const step = (position: number, overrides: Partial<SequencedStep> = {}): SequencedStep => ({
  stepId: `s${position}`,
  position,
  isParallel: false,
  needsAcceptance: true,
  state: 'waiting',
  taskStatus: null,
  ...overrides,
});

describe('versions', () => {
  it('moves draft → submitted → approved → published and refuses skips', () => {
    expect(nextVersionStatus('draft', 'submit')).toBe('submitted');
    expect(nextVersionStatus('submitted', 'approve')).toBe('approved');
    expect(nextVersionStatus('approved', 'publish')).toBe('published');
    expect(nextVersionStatus('submitted', 'return')).toBe('draft');
    expect(nextVersionStatus('draft', 'publish')).toBeNull();
    expect(nextVersionStatus('draft', 'approve')).toBeNull();
    expect(nextVersionStatus('published', 'edit')).toBeNull();
    expect(nextVersionStatus('superseded', 'publish')).toBeNull();
  });
  it('allows one edition in preparation at a time', () => {
    expect(canOpenDraft(['published'])).toBe(true);
    expect(canOpenDraft(['superseded', 'published'])).toBe(true);
    expect(canOpenDraft(['published', 'draft'])).toBe(false);
    expect(canOpenDraft(['published', 'approved'])).toBe(false);
  });
});

describe('sequencing', () => {
  it('groups a parallel step with the step before it', () => {
    expect(
      groupsOf([
        { position: 1, isParallel: false },
        { position: 2, isParallel: true },
        { position: 3, isParallel: false },
      ]),
    ).toEqual([0, 0, 1]);
    expect(
      groupsOf([
        { position: 1, isParallel: true },
        { position: 2, isParallel: false },
      ]),
    ).toEqual([0, 1]);
  });
  it('opens the first step, then the next one only when the first is accepted', () => {
    expect(planSync([step(1), step(2)]).open).toEqual(['s1']);
    expect(planSync([step(1, { state: 'open', taskStatus: 'submitted' }), step(2)]).open).toEqual([]);
    const plan = planSync([step(1, { state: 'open', taskStatus: 'completed' }), step(2)]);
    expect(plan).toEqual({ finish: ['s1'], cancel: [], open: ['s2'], isRunComplete: false });
  });
  it('opens parallel steps at once and waits for all of them', () => {
    expect(planSync([step(1), step(2, { isParallel: true }), step(3)]).open).toEqual(['s1', 's2']);
    const halfDone = [step(1, { state: 'done', taskStatus: 'completed' }), step(2, { isParallel: true, state: 'open', taskStatus: 'in_progress' }), step(3)];
    expect(planSync(halfDone).open).toEqual([]);
  });
  it('opens a step that does not need acceptance once the previous result is submitted', () => {
    const steps = [step(1, { state: 'open', taskStatus: 'submitted' }), step(2, { needsAcceptance: false })];
    expect(planSync(steps).open).toEqual(['s2']);
  });
  it('completes the run when every step is handed over, and stops at a cancelled task', () => {
    expect(planSync([step(1, { state: 'done' }), step(2, { state: 'open', taskStatus: 'completed' })]).isRunComplete).toBe(true);
    const cancelled = planSync([step(1, { state: 'open', taskStatus: 'cancelled' }), step(2)]);
    expect(cancelled).toEqual({ finish: [], cancel: ['s1'], open: [], isRunComplete: false });
  });
});

describe('time', () => {
  it('counts day limits as 7.5 office hours', () => {
    expect(limitHoursOf({ limitValue: 2, limitUnit: 'working_days' })).toBe(15);
    expect(limitHoursOf({ limitValue: 4, limitUnit: 'working_hours' })).toBe(4);
  });
  it('puts due dates on working days, skipping the weekend', () => {
    expect(stepDueDate(calendar, monday9, 7.5)).toBe('2026-03-03');
    // Friday 06/03 09:00 plus one working day is Monday 09/03.
    expect(stepDueDate(calendar, new Date('2026-03-06T02:00:00Z'), 7.5)).toBe('2026-03-09');
  });
  it('sums groups for the overall limit, the longest parallel step counting', () => {
    const steps = [
      { position: 1, isParallel: false, limitHours: 7.5 },
      { position: 2, isParallel: true, limitHours: 15 },
      { position: 3, isParallel: false, limitHours: 7.5 },
    ];
    expect(plannedDueDate(calendar, monday9, steps)).toBe('2026-03-05');
  });
  it('measures office hours only', () => {
    expect(workingHoursBetween(calendar, monday9, new Date('2026-03-02T05:00:00Z'))).toBe(3);
    expect(workingHoursBetween(calendar, new Date('2026-03-06T09:00:00Z'), monday9)).toBe(0);
    // Friday 16:00 to Monday 09:00: one hour on Friday, one on Monday.
    expect(workingHoursBetween(calendar, new Date('2026-02-27T09:00:00Z'), monday9)).toBe(2);
  });
  it('interpolates percentiles like percentile_cont', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
  });
});

describe('a run under any sequence of task events', () => {
  const shape = fc.array(fc.record({ isParallel: fc.boolean(), needsAcceptance: fc.boolean() }), { minLength: 1, maxLength: 7 });
  const events = fc.array(fc.record({ pick: fc.nat(20), to: fc.constantFrom('in_progress', 'submitted', 'completed') }), { maxLength: 40 });

  it('never opens a step twice, keeps one accountable person per open step, and finishes when all are accepted', () => {
    fc.assert(
      fc.property(shape, events, (flags, happenings) => {
        let steps: SequencedStep[] = flags.map((f, i) => step(i + 1, f));
        const tasksCreated = new Map<string, number>();
        const holders = new Map<string, string[]>();
        const sync = () => {
          const plan = planSync(steps);
          steps = steps.map((s) => {
            if (plan.finish.includes(s.stepId)) return { ...s, state: 'done' };
            if (plan.open.includes(s.stepId)) {
              tasksCreated.set(s.stepId, (tasksCreated.get(s.stepId) ?? 0) + 1);
              holders.set(s.stepId, [`person-${s.position}`]);
              return { ...s, state: 'open', taskStatus: 'assigned' };
            }
            return s;
          });
          return plan;
        };
        sync();
        for (const event of happenings) {
          const open = steps.filter((s) => s.state === 'open');
          if (open.length === 0) break;
          const target = open[event.pick % open.length];
          steps = steps.map((s) => (s.stepId === target.stepId ? { ...s, taskStatus: event.to } : s));
          sync();
          const groups = groupsOf(steps);
          for (const [i, s] of steps.entries()) {
            if (s.state !== 'open') continue;
            expect(holders.get(s.stepId)).toHaveLength(1);
            // An open sequential step has every earlier group handed over or, without acceptance, submitted.
            for (const [j, other] of steps.entries()) if (groups[j] < groups[i] - 1) expect(other.state).toBe('done');
          }
        }
        for (const count of tasksCreated.values()) expect(count).toBe(1);
        // Accept everything still open, group after group: the run must complete.
        for (let round = 0; round < steps.length + 1; round++) {
          steps = steps.map((s) => (s.state === 'open' ? { ...s, taskStatus: 'completed' } : s));
          if (sync().isRunComplete) break;
        }
        expect(steps.every((s) => s.state === 'done')).toBe(true);
        for (const count of tasksCreated.values()) expect(count).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
