import { describe, expect, it } from 'vitest';
import { computeSignals, defaultSignalSettings, escalationLevel, withEscalation } from './work.signals.js';
import type { TaskState } from './work.state.js';
import { at, calendar, on, requests, taskIn } from '../../test/fixtures/work-state.js';

const signalsOn = (task: TaskState, day: string, hhmm = '09:00') => computeSignals(task, calendar, on(day, hhmm));
const kindsOn = (task: TaskState, day: string, hhmm?: string) => signalsOn(task, day, hhmm).map((signal) => signal.kind);

// The 2023 block: Sat 29/4 – Wed 3/5 are days off; Thu 4/5 is the first working day after it.
describe('due soon (2 working days by default)', () => {
  it('starts two working days before a Friday due date', () => {
    expect(kindsOn(taskIn('in_progress'), '2023-04-25')).toEqual([]);
    expect(signalsOn(taskIn('in_progress'), '2023-04-26')).toEqual([{ kind: 'due_soon', since: '2023-04-26' }]);
    expect(kindsOn(taskIn('in_progress'), '2023-04-28', '23:00')).toEqual(['due_soon']);
  });

  it('skips the holidays: due Thu 4/5 is already due soon on Thu 27/4', () => {
    const task = taskIn('in_progress', { dueDate: '2023-05-04' });
    expect(kindsOn(task, '2023-04-26')).toEqual([]);
    expect(signalsOn(task, '2023-04-27')).toEqual([{ kind: 'due_soon', since: '2023-04-27' }]);
    expect(signalsOn(task, '2023-05-01')).toEqual([{ kind: 'due_soon', since: '2023-04-27' }]);
  });

  it('is not shown once the result is submitted', () => {
    expect(kindsOn(taskIn('submitted'), '2023-04-27')).toEqual([]);
  });
});

describe('overdue', () => {
  it('starts at midnight after the due date, even on a holiday', () => {
    expect(kindsOn(taskIn('in_progress'), '2023-04-28', '23:59')).toEqual(['due_soon']);
    expect(signalsOn(taskIn('in_progress'), '2023-04-29', '00:00')).toEqual([{ kind: 'overdue', since: '2023-04-29' }]);
  });

  it('counts from assignment for a task entered after its due date', () => {
    const late = taskIn('in_progress', { assignedAt: at('2023-05-04'), acceptedAt: at('2023-05-04'), inProgressSince: at('2023-05-04') });
    expect(signalsOn(late, '2023-05-05')).toEqual([{ kind: 'overdue', since: '2023-05-04' }]);
  });
});

describe('unaccepted (more than 1 working day)', () => {
  const assignedFriday = taskIn('assigned', { assignedAt: at('2023-04-28', '16:00'), dueDate: '2023-05-31' });

  it('waits out the holidays before flagging', () => {
    expect(kindsOn(assignedFriday, '2023-05-03')).toEqual([]);
    expect(kindsOn(assignedFriday, '2023-05-04')).toEqual([]);
    expect(signalsOn(assignedFriday, '2023-05-05')).toEqual([{ kind: 'unaccepted', since: '2023-05-05' }]);
  });

  it('is silent while the owner’s transfer request is pending', () => {
    expect(kindsOn({ ...assignedFriday, openRequest: requests.transferRequested }, '2023-05-10')).toEqual([]);
  });
});

describe('stalled (no update for more than 5 working days)', () => {
  const acceptedMonday = taskIn('in_progress', { acceptedAt: at('2023-04-24'), inProgressSince: at('2023-04-24'), dueDate: '2023-06-30' });

  it('counts working days only', () => {
    expect(kindsOn(acceptedMonday, '2023-05-04')).toEqual([]);
    expect(signalsOn(acceptedMonday, '2023-05-05')).toEqual([{ kind: 'stalled', since: '2023-05-05' }]);
  });

  it('restarts from the last progress update', () => {
    expect(kindsOn({ ...acceptedMonday, lastProgressAt: at('2023-04-27') }, '2023-05-05')).toEqual([]);
  });
});

describe('requests waiting too long (more than 2 working days)', () => {
  it('difficulty raised Fri 28/4 is overdue for a decision on Mon 8/5', () => {
    const task = taskIn('in_progress', {
      dueDate: '2023-06-30',
      lastProgressAt: at('2023-05-04'),
      openRequest: { ...requests.difficulty, openedAt: at('2023-04-28') },
    });
    expect(kindsOn(task, '2023-05-05')).toEqual([]);
    expect(signalsOn(task, '2023-05-08')).toEqual([{ kind: 'difficulty_overdue', since: '2023-05-08' }]);
  });

  it('a result submitted Fri 28/4 is unreviewed on Mon 8/5', () => {
    const task = taskIn('submitted', { submittedAt: at('2023-04-28'), dueDate: '2023-06-30' });
    expect(kindsOn(task, '2023-05-05')).toEqual([]);
    expect(signalsOn(task, '2023-05-08')).toEqual([{ kind: 'result_unreviewed', since: '2023-05-08' }]);
  });
});

describe('standing patterns and order', () => {
  it('lists several signals most urgent first; bounced and extended have no clock', () => {
    const task = taskIn('in_progress', { transferCount: 2, extensionCount: 3 });
    expect(signalsOn(task, '2023-05-10')).toEqual([
      { kind: 'overdue', since: '2023-04-29' },
      { kind: 'stalled', since: '2023-05-04' },
      { kind: 'bounced', since: null },
      { kind: 'extended', since: null },
    ]);
  });

  it.each(['completed', 'cancelled'] as const)('a %s task has none', (status) => {
    expect(kindsOn(taskIn(status, { transferCount: 5 }), '2023-06-01')).toEqual([]);
  });
});

describe('escalationLevel (a level every 2 working days)', () => {
  it.each([
    ['2023-04-29', '2023-04-29', 0],
    ['2023-04-29', '2023-05-04', 0],
    ['2023-04-29', '2023-05-05', 1],
    ['2023-04-29', '2023-05-08', 1],
    ['2023-04-29', '2023-05-09', 2],
    ['2023-04-24', '2023-05-10', 4],
    ['2023-05-10', '2023-05-04', 0],
  ])('since %s, on %s → %i', (since, today, level) => {
    expect(escalationLevel(since, today, calendar)).toBe(level);
  });

  it('follows the configured step', () => {
    expect(escalationLevel('2023-04-24', '2023-05-10', calendar, { ...defaultSignalSettings, escalationStepDays: 3 })).toBe(3);
  });

  it('is attached to clocked signals only', () => {
    const task = taskIn('in_progress', { transferCount: 2 });
    expect(withEscalation(signalsOn(task, '2023-05-09'), '2023-05-09', calendar)).toEqual([
      { kind: 'overdue', since: '2023-04-29', level: 2 },
      { kind: 'stalled', since: '2023-05-04', level: 1 },
      { kind: 'bounced', since: null, level: 0 },
    ]);
  });
});
