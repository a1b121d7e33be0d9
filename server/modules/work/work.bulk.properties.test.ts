import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taskStatuses } from '../../../contracts/work.js';
import { addCalendarDays } from '../../platform/calendar/dates.js';
import { decide } from './work.rules.js';
import { contextAt, relationsOf, type PersonStanding, type TaskState, type WorkCommand } from './work.state.js';
import { ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE, OWNER, at, requests, taskIn } from '../../test/fixtures/work-state.js';

/**
 * Bulk actions (work.bulk.ts) run one command per selected task through the rules. Whatever the
 * selection, the actor and the action, every task keeps exactly one accountable owner, the one it had.
 */
const people = [OWNER, ASSIGNER, COLLEAGUE, OTHER_COLLEAGUE];

const taskArbitrary: fc.Arbitrary<TaskState> = fc
  .record({
    status: fc.constantFrom(...taskStatuses),
    ownerId: fc.constantFrom(...people),
    request: fc.constantFrom(null, requests.difficulty, requests.transferRequested, {
      kind: 'extension',
      openedAt: at('2023-04-24'),
      newDueDate: '2023-05-10',
      reason: 'Chờ',
    }),
  })
  .map(({ status, ownerId, request }) => taskIn(status, { ownerId, openRequest: request as TaskState['openRequest'] }));

const actorArbitrary: fc.Arbitrary<PersonStanding> = fc.record({
  personId: fc.constantFrom(...people),
  managesTaskUnit: fc.boolean(),
  isLeader: fc.boolean(),
  isCollaborator: fc.boolean(),
});

const actionArbitrary: fc.Arbitrary<(task: TaskState) => WorkCommand> = fc.oneof(
  fc
    .record({ shift: fc.integer({ min: -5, max: 30 }), reason: fc.constantFrom('', ' ', 'Lùi lịch hội nghị') })
    .map(({ shift, reason }) => (task: TaskState): WorkCommand => ({ name: 'extend', newDueDate: addCalendarDays(task.dueDate, shift), reason })),
  fc.constantFrom('', 'Không cần nữa').map((reason) => () => ({ name: 'cancel', reason }) as WorkCommand),
);

/** What the bulk action leaves of each task: the next state when the command was accepted, the task as it was otherwise. */
function runBulk(tasks: TaskState[], actor: PersonStanding, action: (task: TaskState) => WorkCommand, now: Date) {
  return tasks.map((task) => {
    const decision = decide(task, relationsOf(task, actor), action(task), contextAt(now));
    return decision.ok ? decision.next : task;
  });
}

describe('bulk actions keep one accountable owner', () => {
  it('leaves every selected task with exactly its one owner, whatever the order of the selection', () => {
    fc.assert(
      fc.property(fc.array(taskArbitrary, { minLength: 1, maxLength: 12 }), actorArbitrary, actionArbitrary, (tasks, actor, action) => {
        const now = at('2023-04-25');
        const after = runBulk(tasks, actor, action, now);
        after.forEach((task, i) => {
          expect(typeof task.ownerId).toBe('string');
          expect(people).toContain(task.ownerId);
          expect(task.ownerId).toBe(tasks[i].ownerId);
          // Nobody extends or cancels their own assignment from someone else.
          if (task !== tasks[i] && tasks[i].ownerId === actor.personId) expect(tasks[i].assignerId).toBe(actor.personId);
        });
        // Each task is its own command: the outcome of one does not depend on the others.
        expect(runBulk([...tasks].reverse(), actor, action, now).reverse()).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });
});
