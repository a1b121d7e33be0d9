import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workCommandNames } from '../../../contracts/work.js';
import { decide } from './work.rules.js';
import { contextAt, relationsOf, type TaskState } from './work.state.js';
import { checkSplit, closesWithOpenSubtasks, isOpenStatus, rollUp, splitTask } from './work.subtasks.rules.js';
import { ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE, OWNER, at, baseTask, validCommand } from '../../test/fixtures/work-state.js';

describe('subtask roll-up', () => {
  it('averages the parent’s own progress with each subtask not cancelled; done subtasks count 100 %', () => {
    expect(rollUp(40, [])).toEqual({ percent: 40, open: 0, done: 0 });
    expect(
      rollUp(0, [
        { status: 'completed', progressPercent: 100 },
        { status: 'in_progress', progressPercent: 50 },
      ]),
    ).toEqual({ percent: 50, open: 1, done: 1 });
    expect(
      rollUp(30, [
        { status: 'cancelled', progressPercent: 90 },
        { status: 'submitted', progressPercent: 80 },
        { status: 'assigned', progressPercent: 0 },
      ]),
    ).toEqual({ percent: 43, open: 2, done: 0 });
  });

  it('refuses closing commands while a subtask is open, not other commands', () => {
    const open = [{ status: 'in_progress' as const }, { status: 'completed' as const }];
    expect(closesWithOpenSubtasks('submit', open)).toBe(true);
    expect(closesWithOpenSubtasks('acceptResult', open)).toBe(true);
    expect(closesWithOpenSubtasks('cancel', open)).toBe(true);
    expect(closesWithOpenSubtasks('reportProgress', open)).toBe(false);
    expect(closesWithOpenSubtasks('submit', [{ status: 'completed' }, { status: 'cancelled' }])).toBe(false);
  });

  it('lets the owner, assigner and unit managers split an open task, never past its due date', () => {
    const parent = baseTask({ status: 'in_progress' });
    expect(checkSplit(parent, ['collaborator'], { ownerId: COLLEAGUE, dueDate: '2023-04-27' })?.reason).toBe('not_allowed');
    expect(checkSplit(parent, ['owner'], { ownerId: COLLEAGUE, dueDate: '2023-04-27' })).toBeNull();
    expect(checkSplit(parent, ['assigner'], { ownerId: COLLEAGUE, dueDate: '2023-05-02' })?.reason).toBe('invalid_command');
    expect(checkSplit(baseTask({ status: 'submitted' }), ['assigner'], { ownerId: COLLEAGUE, dueDate: '2023-04-27' })?.reason).toBe('task_closed');
    expect(checkSplit(parent, ['owner'], { ownerId: '', dueDate: '2023-04-27' })?.reason).toBe('invalid_command');
  });
});

const people = [OWNER, ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE];

/** Split a task, or run a lifecycle command on one, by someone; owners sometimes empty to try the rules. */
const stepArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('split' as const),
    target: fc.nat(20),
    actor: fc.constantFrom(...people),
    ownerId: fc.constantFrom(...people, ''),
    dayShift: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    target: fc.nat(20),
    actor: fc.constantFrom(...people),
    name: fc.constantFrom(...workCommandNames),
    newOwnerId: fc.constantFrom(...people),
  }),
);

describe('subtask operations (property)', () => {
  it('leave every task with exactly one accountable owner, and close no task over an open subtask', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        const now = contextAt(at('2023-04-21', '10:00'));
        const tasks: TaskState[] = [baseTask({ status: 'in_progress', acceptedAt: now.instant, inProgressSince: now.instant })];
        const parentOf = new Map<number, number>();
        const childrenOf = (index: number) => [...parentOf].filter(([, p]) => p === index).map(([child]) => tasks[child]);
        for (const step of steps) {
          const index = step.target % tasks.length;
          const task = tasks[index];
          const relations = relationsOf(task, { personId: step.actor, managesTaskUnit: step.actor === ASSIGNER, isLeader: false, isCollaborator: false });
          if (step.kind === 'split') {
            const dueDate = `2023-04-2${5 + step.dayShift}`;
            if (checkSplit(task, relations, { ownerId: step.ownerId, dueDate })) continue;
            const child = splitTask(task, step.actor, { ownerId: step.ownerId, dueDate, startDate: now.today, assignedAt: now.instant });
            // The subtask has the one owner asked for; the parent keeps its own.
            expect(child.ownerId).toBe(step.ownerId);
            expect(tasks[index]).toBe(task);
            tasks.push(child);
            parentOf.set(tasks.length - 1, index);
            continue;
          }
          const decision = decide(task, relations, validCommand(step.name, task, now.today, step.newOwnerId), now);
          const wasClosedOverOpen = closesWithOpenSubtasks(step.name, childrenOf(index));
          if (!decision.ok || wasClosedOverOpen) continue;
          // A closing command that got through had no open subtask.
          if (['submitted', 'completed', 'cancelled'].includes(decision.next.status) && decision.next.status !== task.status)
            expect(childrenOf(index).some((c) => isOpenStatus(c.status))).toBe(false);
          tasks[index] = decision.next;
        }
        for (const task of tasks) expect(typeof task.ownerId === 'string' && people.includes(task.ownerId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
