import { describe, expect, it } from 'vitest';
import { outcomeOf, resolveDueDate } from './work.state.js';
import { at, calendar, taskIn } from '../../test/fixtures/work-state.js';

// Due Fri 28/04/2023; 29/4–3/5/2023 is the Reunification Day / Labour Day holiday block.
describe('outcomeOf', () => {
  it.each([
    ['open, last minute of the due date', taskIn('in_progress'), at('2023-04-28', '23:59'), 'open_in_time'],
    ['open, first minute after it', taskIn('in_progress'), at('2023-04-29', '00:00'), 'open_overdue'],
    ['not yet accepted, after it', taskIn('assigned'), at('2023-05-04'), 'open_overdue'],
    ['submitted in time, still under review after the due date', taskIn('submitted'), at('2023-05-08'), 'open_in_time'],
    ['submitted late, under review', taskIn('submitted', { submittedAt: at('2023-04-29', '08:00') }), at('2023-05-08'), 'open_overdue'],
    [
      'submitted 23:59 on the due date, accepted after the holidays',
      taskIn('completed', { submittedAt: at('2023-04-28', '23:59'), completedAt: at('2023-05-04') }),
      at('2023-05-10'),
      'completed_on_time',
    ],
    [
      'submitted during the holidays',
      taskIn('completed', { submittedAt: at('2023-04-30', '10:00'), completedAt: at('2023-05-04') }),
      at('2023-05-10'),
      'completed_late',
    ],
    ['cancelled', taskIn('cancelled'), at('2023-05-10'), null],
  ] as const)('%s → %s', (_, task, now, expected) => {
    expect(outcomeOf(task, now)).toBe(expected);
  });
});

describe('resolveDueDate', () => {
  it.each([
    [{ workingDays: 1 }, '2023-04-27', '2023-04-28'],
    [{ workingDays: 2 }, '2023-04-27', '2023-05-04'],
    [{ workingDays: 3 }, '2023-04-28', '2023-05-08'],
    [{ workingDays: 5 }, '2023-04-24', '2023-05-04'],
    [{ dueDate: '2023-05-02' }, '2023-04-24', '2023-05-02'],
  ])('%o from %s → %s', (due, startDate, expected) => {
    expect(resolveDueDate(due, startDate, calendar)).toBe(expected);
  });
});
